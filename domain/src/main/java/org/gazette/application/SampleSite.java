package org.gazette.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.BodyFormat;

/**
 * Gazette's own demonstration articles, written through {@link Publishing} like any other, so a
 * first start shows a living site. Each file holds {@code key: value} lines, a {@code ---} line and
 * the Markdown body; the newest article comes first in {@link #ARTICLES}.
 */
@ApplicationScoped
@Transactional
public class SampleSite {

    public static final List<String> ARTICLES = List.of("welcome-to-gazette", "writing-in-markdown", "feeds-for-every-reader");
    public static final String AUTHOR = "Gazette Editorial Team";

    @Inject
    Publishing publishing;

    @Inject
    ArticleRepository articles;

    @Inject
    Clock clock;

    /** Loads the sample articles into an empty site; a site that has any article is left alone. */
    public int loadIntoEmptySite() {
        if (articles.count() > 0) {
            return 0;
        }
        for (int age = 0; age < ARTICLES.size(); age++) {
            Map<String, String> sample = read(ARTICLES.get(age));
            Article article = publishing.write(new ArticleDraft(sample.get("title"), ARTICLES.get(age),
                    sample.get("summary"), sample.get("body"), BodyFormat.MARKDOWN, AUTHOR,
                    Arrays.stream(sample.get("tags").split(",")).map(String::strip).toList(),
                    sample.get("cover"), sample.get("cover-alt"), sample.get("cover-caption")), "sample-site");
            publishing.publishAsOf(article.slug(),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3L * age + 1)));
        }
        return ARTICLES.size();
    }

    public static Map<String, String> read(String name) {
        String resource = "sample-site/" + name + ".md";
        try (InputStream in = SampleSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The sample article " + resource + " is missing from the build.");
            }
            String[] headerAndBody = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n---\n", 2);
            Map<String, String> fields = new LinkedHashMap<>();
            headerAndBody[0].lines().map(line -> line.split(":", 2))
                    .forEach(field -> fields.put(field[0].strip(), field[1].strip()));
            fields.put("body", headerAndBody[1]);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
