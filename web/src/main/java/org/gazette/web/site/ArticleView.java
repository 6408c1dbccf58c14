package org.gazette.web.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.author.Author;

/** An article as a public page shows it: plain values, dates already formatted for readers. */
public record ArticleView(
        String title,
        String path,
        String summary,
        String bodyHtml,
        AuthorView author,
        List<TagLink> tags,
        String publishedDate,
        String publishedIso,
        int publishedYear,
        int readingMinutes,
        String coverUrl,
        String coverAlt,
        String coverCaption) {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public static ArticleView of(Article article) {
        Instant published = article.publishedAt().orElse(article.updatedAt());
        return new ArticleView(
                article.title(),
                "/" + article.slug().value(),
                article.summary(),
                article.bodyHtml(),
                AuthorView.of(article.author()),
                article.tags().stream().map(tag -> new TagLink(tag.name(), tag.slug().value())).toList(),
                READABLE.format(published),
                DateTimeFormatter.ISO_INSTANT.format(published),
                published.atZone(ZoneOffset.UTC).getYear(),
                article.readingTime().minutes(),
                article.cover().map(CoverImage::url).orElse(null),
                article.cover().map(CoverImage::alt).orElse(null),
                article.cover().flatMap(CoverImage::caption).orElse(null));
    }

    /** A tag as a page links it: its name, and the slug of its listing. */
    public record TagLink(String name, String slug) {
    }

    /** The author as the byline and the author card show them. */
    public record AuthorView(String name, String path, String tagline, String bio, String avatarUrl) {

        static AuthorView of(Author author) {
            return new AuthorView(author.name(), "/authors/" + author.slug().value(), author.tagline(), author.bio(), author.avatarUrl());
        }

        public boolean hasAvatar() {
            return avatarUrl != null && !avatarUrl.isBlank();
        }
    }

    public boolean hasCover() {
        return coverUrl != null;
    }
}
