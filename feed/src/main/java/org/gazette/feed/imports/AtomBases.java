package org.gazette.feed.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Where the relative addresses of an Atom feed's entries lead, as RFC 4287 and RFC 3986 say: each
 * {@code xml:base} (on the feed, the entry, the content) is resolved against the one around it, and
 * content with no base of its own is read against the entry's link. Rome keeps neither the bases of
 * content nor resolves addresses inside it.
 */
final class AtomBases {

    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    /** An entry's link made absolute, and the address its content's relative addresses are read against. */
    record EntryBase(Optional<String> link, Optional<URI> content) {

        static final EntryBase NONE = new EntryBase(Optional.empty(), Optional.empty());

        /** The content with every relative link and image source made absolute; links within the page stay as they are. */
        String resolve(String html) {
            if (html == null || content.isEmpty() || !content.get().isAbsolute()) {
                return html;
            }
            org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html, content.get().toString());
            boolean changed = false;
            for (Element element : body.select("[href], [src]")) {
                for (String attribute : List.of("href", "src")) {
                    String address = element.attr(attribute);
                    if (isRelative(address)) {
                        element.attr(attribute, element.absUrl(attribute));
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return html;
            }
            body.outputSettings().prettyPrint(false);
            return body.body().html();
        }

        private static boolean isRelative(String address) {
            if (address.isBlank() || address.startsWith("#")) {
                return false;
            }
            try {
                return !new URI(address.strip().replace(" ", "%20")).isAbsolute();
            } catch (URISyntaxException unparsable) {
                return false;
            }
        }
    }

    private AtomBases() {
    }

    /** One base for each entry, in document order; none for a document that is not Atom. */
    static List<EntryBase> of(Document document) {
        org.jdom2.Element feed = document.getRootElement();
        if (!"feed".equals(feed.getName()) || !ATOM.equals(feed.getNamespace())) {
            return List.of();
        }
        Optional<URI> feedBase = base(feed, Optional.empty());
        return feed.getChildren("entry", ATOM).stream().map(entry -> {
            Optional<URI> entryBase = base(entry, feedBase);
            Optional<URI> link = entry.getChildren("link", ATOM).stream()
                    .filter(candidate -> "alternate".equals(candidate.getAttributeValue("rel", "alternate")))
                    .map(candidate -> candidate.getAttributeValue("href")).filter(href -> href != null && !href.isBlank()).findFirst()
                    .flatMap(href -> resolved(entryBase, href));
            org.jdom2.Element content = entry.getChild("content", ATOM);
            Optional<URI> contentBase = content == null ? entryBase : base(content, entryBase);
            return new EntryBase(link.map(URI::toString), contentBase.or(() -> link));
        }).toList();
    }

    private static Optional<URI> base(org.jdom2.Element element, Optional<URI> around) {
        String base = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        return base == null || base.isBlank() ? around : resolved(around, base);
    }

    private static Optional<URI> resolved(Optional<URI> around, String address) {
        try {
            URI uri = new URI(address.strip());
            return Optional.of(around.map(base -> base.resolve(uri)).orElse(uri));
        } catch (URISyntaxException | IllegalArgumentException unparsable) {
            return around;
        }
    }
}
