package org.gazette.application.feedimport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.redirect.OldAddress;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.text.SafeHtml;

/**
 * A feed item checked and turned into the model's values before anything is written, so that an
 * item that cannot be imported is refused whole and leaves no trace.
 */
record PreparedItem(Guid guid, Slug slug, String title, String summary, Instant published, String authorName,
        List<String> tagNames, SafeHtml bodyHtml, Optional<CoverImage> cover, boolean hadBanner, List<String> addresses, boolean undated,
        ImportedFeed.Publication publication, ArticleKind kind) {

    static PreparedItem of(ImportedFeed.Item item, Instant now) {
        String identity = firstPresent(item.guid(), item.link())
                .orElseThrow(() -> new RuleViolation("The item has neither a guid nor a link, so it cannot be told apart from the others."));
        String title = firstPresent(item.title())
                .orElseThrow(() -> new RuleViolation("The item has no title."));
        if (title.length() > Article.MAX_TITLE_LENGTH) {
            throw new RuleViolation("The item's title is longer than " + Article.MAX_TITLE_LENGTH + " characters.");
        }
        String summary = firstPresent(item.summary()).orElse(null);
        if (summary != null && summary.length() > Article.MAX_SUMMARY_LENGTH) {
            throw new RuleViolation("The item's description is longer than " + Article.MAX_SUMMARY_LENGTH + " characters.");
        }
        List<String> tagNames = item.categories().stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
        String authorName = firstPresent(item.authorName()).orElse("Unknown author");
        // Refuse names that make no slug now, before anything is written, rather than halfway through.
        tagNames.forEach(Tag::new);
        Slug.fromTitle(authorName);
        return new PreparedItem(new Guid(identity), slugOf(item.slug(), item.link(), title), title, summary,
                item.published() == null ? now : item.published(), authorName, tagNames,
                SafeHtml.of(SiteBanner.strip(item.bodyHtml(), item.link())).strip(),
                firstPresent(item.coverUrl()).map(url -> new CoverImage(url, firstPresent(item.coverAlt()).orElse(title))),
                SiteBanner.isPresent(item.bodyHtml(), item.link()),
                Stream.of(item.link(), item.guid()).filter(address -> address != null && !address.isBlank()).distinct().toList(),
                item.published() == null, item.publication(), item.kind());
    }

    /** The paths this item had on the site it came from. */
    List<String> oldPaths(String site) {
        return addresses.stream().flatMap(address -> OldAddress.of(address, site).stream()).distinct().toList();
    }

    /**
     * The origin's own slug, or else the last segment of the item's URL, which is the address readers
     * and search engines know it by.
     */
    private static Slug slugOf(String given, String link, String title) {
        String segment = firstPresent(given).map(slug -> URLDecoder.decode(slug, StandardCharsets.UTF_8))
                .or(() -> firstPresent(link).map(PreparedItem::lastPathSegment)).orElse("");
        try {
            return new Slug(segment.toLowerCase(Locale.ROOT));
        } catch (RuleViolation notASlugAsItIs) {
            return Slug.fromTitle(segment.isEmpty() ? title : segment);
        }
    }

    /** The last segment of the path, without a trailing slash or a page's extension ({@code .html}, {@code .php}). */
    private static String lastPathSegment(String link) {
        try {
            String path = Optional.ofNullable(URI.create(link.strip()).getRawPath()).orElse("").replaceAll("/+$", "")
                    .replaceFirst("\\.(html?|php)$", "");
            return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }

    private static Optional<String> firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the article already says everything this item says; an item without a date says
     * nothing about the date, and neither does an article that was never published.
     */
    boolean matches(Article article) {
        return article.slug().equals(slug)
                && article.kind() == kind
                && article.title().equals(title)
                && article.editorsSummary().orElse("").equals(summary == null ? "" : summary)
                && article.bodyHtml().equals(bodyHtml.html())
                && article.author().name().equals(authorName)
                && article.tags().stream().map(Tag::name).toList().equals(tagNames)
                && article.cover().equals(cover)
                && (undated || article.publishedAt().isEmpty() || article.publishedAt().equals(Optional.of(published)));
    }
}
