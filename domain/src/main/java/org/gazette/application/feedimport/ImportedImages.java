package org.gazette.application.feedimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.gazette.application.Actor;
import org.gazette.application.MediaLibrary;
import org.gazette.application.feedimport.ImportReport.ImageOutcome;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;
import org.gazette.domain.media.MediaAsset;

/**
 * The images imported items show from the old site, copied into the media library when an import
 * asks for it, so the old host can be switched off. An image copied once, by this import or an
 * earlier one, is shown from the library by every later import of it, whether or not that one
 * copies: importing the same document again changes nothing.
 */
@ApplicationScoped
public class ImportedImages {

    @Inject
    MediaLibrary library;

    @Inject
    RemoteImages remote;

    /** One import's copying, fetching what is not in the library yet when {@code fetch} is true. */
    public Copying forImport(boolean fetch, Actor actor) {
        return new Copying(fetch, actor);
    }

    /** What one import has copied so far, so that an image many items show is fetched once. */
    public final class Copying {

        private final boolean fetch;
        private final Actor actor;
        private final Map<String, String> inLibrary = new HashMap<>();
        private final Set<String> failed = new HashSet<>();
        private final List<ImageOutcome> outcomes = new ArrayList<>();

        private Copying(boolean fetch, Actor actor) {
            this.fetch = fetch;
            this.actor = actor;
        }

        /** The items, each showing from the library what is there, after copying the rest when this import fetches. */
        public List<ImportedFeed.Item> apply(List<ImportedFeed.Item> items) {
            List<Map<String, String>> shown = items.stream().map(item -> item.skipped() == null ? imagesOf(item) : Map.<String, String>of()).toList();
            Map<String, String> sources = new LinkedHashMap<>();
            shown.forEach(images -> images.forEach(sources::putIfAbsent));
            sources.keySet().removeIf(source -> inLibrary.containsKey(source) || failed.contains(source));
            if (!sources.isEmpty()) {
                library.copiesOf(sources.keySet()).forEach((source, asset) -> inLibrary.put(source, asset.url()));
                if (fetch) {
                    sources.forEach((source, alt) -> {
                        if (!inLibrary.containsKey(source)) {
                            copy(source, alt);
                        }
                    });
                }
            }
            List<ImportedFeed.Item> applied = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                boolean showsCopies = shown.get(i).keySet().stream().anyMatch(inLibrary::containsKey);
                applied.add(showsCopies ? shownFromLibrary(items.get(i)) : items.get(i));
            }
            return applied;
        }

        /** Every image this import tried to copy, in the order items show them. */
        public List<ImageOutcome> outcomes() {
            return List.copyOf(outcomes);
        }

        private void copy(String source, String alt) {
            try {
                MediaAsset asset = library.copy(source, remote.fetch(source, library.uploadLimitBytes()), alt, actor);
                inLibrary.put(source, asset.url());
                outcomes.add(new ImageOutcome(source, asset.url(), true, ""));
            } catch (RuleViolation notCopied) {
                failed.add(source);
                outcomes.add(new ImageOutcome(source, null, false, notCopied.getMessage()));
            }
        }

        private ImportedFeed.Item shownFromLibrary(ImportedFeed.Item item) {
            String cover = item.coverUrl() == null ? null : inLibrary.getOrDefault(item.coverUrl(), item.coverUrl());
            return item.withImages(bodyShownFromLibrary(item.bodyHtml()), cover);
        }

        private String bodyShownFromLibrary(String html) {
            if (html == null || !html.contains("<img")) {
                return html;
            }
            Document body = fragment(html);
            for (Element image : body.select("img[src]")) {
                String copied = inLibrary.get(image.attr("src"));
                if (copied != null) {
                    // The other sizes of the old site's image are on the old site too.
                    image.attr("src", copied).removeAttr("srcset").removeAttr("sizes");
                }
            }
            return body.body().html();
        }
    }

    /** The old site's images an item shows, cover first, each with the alt text it has there. */
    static Map<String, String> imagesOf(ImportedFeed.Item item) {
        Map<String, String> images = new LinkedHashMap<>();
        String described = "An image from “" + Optional.ofNullable(item.title()).orElse("an imported article") + "”";
        if (isRemote(item.coverUrl())) {
            images.put(item.coverUrl(), alt(item.coverAlt(), described));
        }
        if (item.bodyHtml() != null && item.bodyHtml().contains("<img")) {
            for (Element image : fragment(item.bodyHtml()).select("img[src]")) {
                if (isRemote(image.attr("src"))) {
                    images.putIfAbsent(image.attr("src"), alt(image.attr("alt"), described));
                }
            }
        }
        return images;
    }

    private static Document fragment(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static String alt(String given, String otherwise) {
        String alt = given == null || given.isBlank() ? otherwise : given.strip();
        return alt.length() > MediaAsset.MAX_ALT_LENGTH ? alt.substring(0, MediaAsset.MAX_ALT_LENGTH) : alt;
    }

    /** An absolute http(s) address on another site; the library's own addresses are where images are copied to. */
    private static boolean isRemote(String address) {
        return WebAddress.isAbsolute(address) && MediaAsset.servedAt(address).isEmpty();
    }
}
