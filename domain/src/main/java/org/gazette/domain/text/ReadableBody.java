package org.gazette.domain.text;

import java.util.HashSet;
import java.util.Set;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prepares an article's sanitized body for its page: headings get stable ids and a link to
 * themselves, code blocks name their language and can be scrolled by keyboard, and images load
 * lazily. Stored bodies stay as written; this happens when a page or the admin's preview is rendered.
 */
public final class ReadableBody {

    /** Ids the page template uses itself, which headings must not take. */
    private static final Set<String> PAGE_IDS = Set.of("content", "top");

    private ReadableBody() {
    }

    public static String of(String sanitizedHtml) {
        Document document = Jsoup.parseBodyFragment(sanitizedHtml == null ? "" : sanitizedHtml);
        document.outputSettings().prettyPrint(false);
        anchorHeadings(document);
        labelCode(document);
        for (Element image : document.select("img")) {
            image.attr("loading", "lazy").attr("decoding", "async");
        }
        return document.body().html();
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
