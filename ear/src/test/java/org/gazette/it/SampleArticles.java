package org.gazette.it;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gazette.application.SampleSite;

/** What the sample site that Gazette loads on first start says, read from its source files. */
record SampleArticles(String slug, String title, List<String> tags, String markdown) {

    static List<SampleArticles> newestFirst() {
        return SampleSite.ARTICLES.stream().map(slug -> {
            Map<String, String> source = SampleSite.read(slug);
            return new SampleArticles(slug, source.get("title"),
                    Arrays.stream(source.get("tags").split(",")).map(String::strip).toList(), source.get("body"));
        }).toList();
    }

    /** The text of the first fenced code block of the Markdown source, exactly as written. */
    String firstCodeBlock() {
        int open = markdown.indexOf("```");
        int start = markdown.indexOf('\n', open) + 1;
        return markdown.substring(start, markdown.indexOf("```", start));
    }
}
