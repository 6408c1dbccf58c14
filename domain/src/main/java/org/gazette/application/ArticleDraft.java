package org.gazette.application;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.CoverImage;

/**
 * What an editor submits when writing a new article. A blank slug means "derive it from the
 * title"; a given slug must be free. Without a kind, it is a post.
 */
public record ArticleDraft(
        @NotBlank(message = "An article needs a title.")
        @Size(max = Article.MAX_TITLE_LENGTH, message = "The title is longer than {max} characters.")
        String title,
        String slug,
        @Size(max = Article.MAX_SUMMARY_LENGTH, message = "The summary is longer than {max} characters.")
        String summary,
        String body,
        @NotNull(message = "Choose Markdown or HTML for the body.")
        BodyFormat format,
        @NotBlank(message = "An article needs an author.")
        String authorName,
        List<String> tagNames,
        String coverUrl,
        String coverAlt,
        String coverCaption,
        ArticleKind kind) {

    public ArticleDraft {
        tagNames = tagNames == null ? List.of() : List.copyOf(tagNames);
        kind = kind == null ? ArticleKind.POST : kind;
    }

    /** A post's draft. */
    public ArticleDraft(String title, String slug, String summary, String body, BodyFormat format, String authorName, List<String> tagNames,
            String coverUrl, String coverAlt, String coverCaption) {
        this(title, slug, summary, body, format, authorName, tagNames, coverUrl, coverAlt, coverCaption, ArticleKind.POST);
    }

    /** The cover the draft asks for; none when no URL is given. */
    public Optional<CoverImage> cover() {
        return coverUrl == null || coverUrl.isBlank() ? Optional.empty() : Optional.of(new CoverImage(coverUrl, coverAlt, coverCaption));
    }
}
