package org.gazette.domain.text;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.gazette.domain.media.MediaAsset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prepares an article's sanitized body for its page: headings get stable ids and a link to
 * themselves, code blocks name their language and can be scrolled by keyboard, and images load
 * lazily, at the size the reader's screen needs when they come from the media library. Stored
 * bodies stay as written; this happens when a page or the admin's preview is rendered.
 */
public final class ReadableBody {

    /** Ids the page template uses itself, which headings must not take. */
    private static final Set<String> PAGE_IDS = Set.of("content", "top");

    private ReadableBody() {
    }

    /** The widths body images take on screen: the article column, or the whole screen when narrower. */
    public static final String IMAGE_SIZES = "(min-width: 46rem) 46rem, 100vw";

    /**
     * @param library the media library's image at an address, if the address is one of its images
     */
    public static String of(String sanitizedHtml, Function<String, Optional<MediaAsset>> library) {
        Document document = Jsoup.parseBodyFragment(sanitizedHtml == null ? "" : sanitizedHtml);
        document.outputSettings().prettyPrint(false);
        anchorHeadings(document);
        labelCode(document);
        for (Element image : document.select("img")) {
            image.attr("loading", "lazy").attr("decoding", "async");
            library.apply(image.attr("src")).ifPresent(asset -> offerSizes(image, asset));
        }
        return document.body().html();
    }

    /** The browser picks the smallest copy that fills the column, and keeps the space for it while it loads. */
    private static void offerSizes(Element image, MediaAsset asset) {
        image.attr("srcset", asset.sourceSet()).attr("sizes", IMAGE_SIZES);
        if (!image.hasAttr("width") && !image.hasAttr("height")) {
            image.attr("width", String.valueOf(asset.width())).attr("height", String.valueOf(asset.height()));
        }
    }

    private static void anchorHeadings(Document document) {
        Set<String> taken = new HashSet<>(PAGE_IDS);
        for (Element heading : document.select("h2, h3, h4, h5, h6")) {
            String id = firstFree(idFor(heading.text()), taken);
            heading.id(id);
            heading.appendElement("a").addClass("anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to the section " + heading.text()).text("#");
        }
    }

    private static String idFor(String headingText) {
        try {
            return Slug.fromTitle(headingText).value();
        } catch (RuleViolation noLettersOrDigits) {
            return "section";
        }
    }

    private static String firstFree(String id, Set<String> taken) {
        String candidate = id;
        for (int number = 2; !taken.add(candidate); number++) {
            candidate = id + "-" + number;
        }
        return candidate;
    }

    private static void labelCode(Document document) {
        for (Element block : document.select("pre")) {
            block.attr("tabindex", "0");
            Element code = block.selectFirst("> code");
            if (code == null) {
                continue;
            }
            code.classNames().stream().filter(name -> name.startsWith("language-")).findFirst()
                    .ifPresent(language -> block.attr("data-language", language.substring("language-".length())));
        }
    }
}
