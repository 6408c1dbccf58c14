package org.gazette.domain.revision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.KeptId;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.BodyFormat;

/** The text of an article as one save left it, with who saved it and when. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "article_id", nullable = false, length = 36)
    private String articleId;

    @Column(nullable = false, length = Article.MAX_TITLE_LENGTH)
    private String title;

    @Column(length = Article.MAX_SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body_source")
    private String bodySource;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false, length = 20)
    private BodyFormat bodyFormat;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected Revision() {
    }

    public Revision(Article article, String editorsSummary, String savedBy, Instant savedAt) {
        this.id = UUID.randomUUID().toString();
        this.articleId = article.id();
        this.title = article.title();
        this.summary = editorsSummary;
        this.bodySource = article.bodySource();
        this.bodyFormat = article.bodyFormat();
        this.savedBy = savedBy;
        this.savedAt = LocalDateTime.ofInstant(savedAt, ZoneOffset.UTC);
    }

    /** A revision as a backup kept it, under its own id, for the article of that id. */
    public static Revision reinstated(String id, String articleId, String title, String summary, String bodySource, BodyFormat bodyFormat,
            String savedBy, Instant savedAt) {
        if (title == null || title.isBlank() || title.length() > Article.MAX_TITLE_LENGTH
                || summary != null && summary.length() > Article.MAX_SUMMARY_LENGTH) {
            throw new RuleViolation("Revision " + id + " needs a title of at most " + Article.MAX_TITLE_LENGTH
                    + " characters and a summary of at most " + Article.MAX_SUMMARY_LENGTH + ".");
        }
        if (savedBy == null || savedBy.isBlank() || savedAt == null || bodyFormat == null) {
            throw new RuleViolation("Revision " + id + " needs who saved it, when, and its body format.");
        }
        Revision revision = new Revision();
        revision.id = KeptId.of(id, "A revision's");
        revision.articleId = articleId;
        revision.title = title;
        revision.summary = summary;
        revision.bodySource = bodySource;
        revision.bodyFormat = bodyFormat;
        revision.savedBy = savedBy;
        revision.savedAt = LocalDateTime.ofInstant(savedAt, ZoneOffset.UTC);
        return revision;
    }

    public String id() {
        return id;
    }

    public String articleId() {
        return articleId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String bodySource() {
        return bodySource;
    }

    public BodyFormat bodyFormat() {
        return bodyFormat;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt.toInstant(ZoneOffset.UTC);
    }
}
