package org.gazette.web.site;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.gazette.application.AuthorProfiles;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.author.Author;

/** An article as a public page shows it: plain values, dates already formatted for readers. */
public record ArticleView(
        String title,
        String path,
        String summary,
        AuthorView author,
        List<TagLink> tags,
        String publishedDate,
        String publishedIso,
        int publishedYear,
        int readingMinutes,
        String coverUrl,
        String coverAlt,
        String coverCaption,
        Picture cover) {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** An article by {@code author}, whose cover, if it is in the media library, is described by {@code cover}. */
    static ArticleView of(ArticleTeaser article, Picture cover, AuthorView author) {
        // Whole seconds: HTML's datetime allows at most milliseconds, and readers need no finer time.
        Instant published = article.publishedAt().truncatedTo(ChronoUnit.SECONDS);
        return new ArticleView(
                article.title(),
                "/" + article.slug().value(),
                article.summary(),
                author,
                article.tags().stream().map(tag -> new TagLink(tag.name(), tag.slug().value())).toList(),
                READABLE.format(published),
                DateTimeFormatter.ISO_INSTANT.format(published),
                published.atZone(ZoneOffset.UTC).getYear(),
                article.readingMinutes(),
                article.cover().map(CoverImage::url).orElse(null),
                article.cover().map(CoverImage::alt).orElse(null),
                article.cover().flatMap(CoverImage::caption).orElse(null),
                cover);
    }

    /**
     * What the media library knows of a cover: the widths a browser may choose from and the true
     * proportions, so the page keeps its place for the image before it arrives.
     */
    public record Picture(String sourceSet, int width, int height) {

        /** An image from elsewhere: no choice of widths, and the proportions of a social-media card. */
        static final Picture UNKNOWN = new Picture(null, 1200, 630);

        public boolean responsive() {
            return sourceSet != null;
        }
    }

    /** One of an author's own pages elsewhere, named by its site and path so a reader knows where it leads. */
    public record AuthorLink(String url, String label) {

        static AuthorLink of(String url) {
            URI address = URI.create(url);
            String path = address.getPath() == null ? "" : address.getPath().replaceFirst("/$", "");
            return new AuthorLink(url, address.getHost().replaceFirst("^www\\.", "") + path);
        }
    }

    /** A tag as a page links it: its name, and the slug of its listing. */
    public record TagLink(String name, String slug) {
    }

    /** The author as the byline and the author card show them. */
    public record AuthorView(String name, String path, String tagline, String bio, String avatarUrl, List<AuthorLink> links) {

        static AuthorView of(Author author) {
            return new AuthorView(author.name(), AuthorProfiles.pagePath(author.slug()), author.tagline(), author.bio(),
                    author.avatarUrl(), author.links().stream().map(AuthorLink::of).toList());
        }

        /** The author as a teaser names them: name and page, nothing to fill a card with. */
        static AuthorView named(ArticleTeaser.Label author) {
            return new AuthorView(author.name(), AuthorProfiles.pagePath(author.slug()), null, null, null, List.of());
        }

        public boolean hasAvatar() {
            return avatarUrl != null && !avatarUrl.isBlank();
        }

        /** Whether a card would show anything beyond the name: the card is left out otherwise. */
        public boolean hasCard() {
            return hasAvatar() || tagline != null && !tagline.isBlank() || bio != null && !bio.isBlank() || !links.isEmpty();
        }
    }

    public boolean hasCover() {
        return coverUrl != null;
    }
}
