package org.gazette.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gazette.application.ArticleDraft;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.tag.Tag;

/** What the editor's form holds, as text fields, and the draft it stands for. */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String slug;
    private String summary;
    private String body;
    private String kind = ArticleKind.POST.name();
    private String format = BodyFormat.MARKDOWN.name();
    private String authorName;
    private String tags;
    private String coverUrl;
    private String coverAlt;
    private String coverCaption;

    void fill(Article article) {
        title = article.title();
        slug = article.slug().value();
        summary = article.editorsSummary().orElse(null);
        body = article.bodySource();
        kind = article.kind().name();
        format = article.bodyFormat().name();
        authorName = article.author().name();
        tags = article.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
        coverUrl = article.cover().map(CoverImage::url).orElse(null);
        coverAlt = article.cover().map(CoverImage::alt).orElse(null);
        coverCaption = article.cover().flatMap(CoverImage::caption).orElse(null);
    }

    ArticleDraft draft() {
        List<String> tagNames = tags == null ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new ArticleDraft(title, slug, summary, body, BodyFormat.valueOf(format), authorName, tagNames,
                coverUrl, coverAlt, coverCaption, ArticleKind.valueOf(kind));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getCoverUrl() {
        return coverUrl;
    }

    public void setCoverUrl(String coverUrl) {
        this.coverUrl = coverUrl;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
    }

    public String getCoverCaption() {
        return coverCaption;
    }

    public void setCoverCaption(String coverCaption) {
        this.coverCaption = coverCaption;
    }
}
