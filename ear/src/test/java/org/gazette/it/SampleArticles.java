package org.gazette.it;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gazette.application.SampleSite;

/** What the sample site that Gazette loads on first start says, read from its source files. */
record SampleArticles(String slug, Map<String, String> source) {

    static List<SampleArticles> newestFirst() {
        return SampleSite.ARTICLES.stream().map(slug -> new SampleArticles(slug, SampleSite.read(slug))).toList();
    }

    static SampleArticles withCode() {
        return newestFirst().stream().filter(sample -> sample.markdown().contains("```")).findFirst().orElseThrow();
    }

    static SampleArticles withoutCode() {
        return newestFirst().stream().filter(sample -> !sample.markdown().contains("```")).findFirst().orElseThrow();
    }

    static SampleArticles withCaption() {
        return newestFirst().stream().filter(sample -> sample.coverCaption().isPresent()).findFirst().orElseThrow();
    }

    String title() {
        return source.get("title");
    }

    String summary() {
        return source.get("summary");
    }

    List<String> tags() {
        return Arrays.stream(source.get("tags").split(",")).map(String::strip).toList();
    }

    String markdown() {
        return source.get("body");
    }

    String cover() {
        return source.get("cover");
    }

    Optional<String> coverAlt() {
        return Optional.ofNullable(source.get("cover-alt"));
    }

    Optional<String> coverCaption() {
        return Optional.ofNullable(source.get("cover-caption"));
    }

    /** The text of the first fenced code block of the Markdown source, exactly as written. */
    String firstCodeBlock() {
        int open = markdown().indexOf("```");
        int start = markdown().indexOf('\n', open) + 1;
        return markdown().substring(start, markdown().indexOf("```", start));
    }

    /** The language named after the opening fence of the first code block. */
    String firstCodeLanguage() {
        int open = markdown().indexOf("```") + 3;
        return markdown().substring(open, markdown().indexOf('\n', open)).strip();
    }
}
