package org.gazette.domain.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.author.Author;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.text.ReadingTime;
import org.gazette.domain.text.Summary;

/**
 * An article: what an editor writes and a reader reads. It keeps its body as written and as the
 * sanitized HTML every page and feed serves, so no request renders or sanitizes again, and it
 * guards its own life cycle.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_SUMMARY_LENGTH = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = Guid.MAX_LENGTH)
    private String guid;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body_source")
    private String bodySource;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false, length = 20)
    private BodyFormat bodyFormat;

    @Column(name = "body_html")
    private String bodyHtml;

    @Embedded
    private CoverImage cover;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "author_id")
    private Author author;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "tag_order")
    private List<Tag> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    /** UTC wall time: portable between H2 and PostgreSQL without time zone surprises. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(nullable = false)
    private boolean hidden;

    /** The user who wrote it, whose it is to edit when they may edit only their own; none for imports. */
    @Column(length = 50)
    private String owner;

    /** The secret of the private preview address; none until an editor first asks for one. */
    @Column(name = "preview_token", length = 36)
    private String previewToken;

    @Version
    private long version;

    protected Article() {
    }

    public Article(Guid guid, Slug slug, String title, Author author, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.guid = guid.value();
        this.slug = slug.value();
        this.author = Objects.requireNonNull(author, "author");
        this.status = ArticleStatus.DRAFT;
        this.bodyFormat = BodyFormat.MARKDOWN;
        this.createdAt = utc(now);
        retitle(title, now);
    }

    public void retitle(String newTitle, Instant now) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("An article needs a title.");
        }
        if (newTitle.strip().length() > MAX_TITLE_LENGTH) {
            throw new RuleViolation("The title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        this.title = newTitle.strip();
        touch(now);
    }

    public void summarize(String newSummary, Instant now) {
        if (newSummary != null && newSummary.strip().length() > MAX_SUMMARY_LENGTH) {
            throw new RuleViolation("The summary is longer than " + MAX_SUMMARY_LENGTH + " characters.");
        }
        this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
        touch(now);
    }

    /** Keeps the body as written and renders it once, through the one HTML policy. */
    public void writeBody(String source, BodyFormat format, Instant now) {
        this.bodyFormat = Objects.requireNonNull(format, "format");
        this.bodySource = source == null ? "" : source;
        this.bodyHtml = format.toSafeHtml(bodySource);
        touch(now);
    }

    public void attributeTo(Author newAuthor, Instant now) {
        this.author = Objects.requireNonNull(newAuthor, "author");
        touch(now);
    }

    /** Corrects when a published or scheduled article appeared, as when its origin says otherwise. */
    public void correctPublicationDate(Instant publication, Instant now) {
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw new RuleViolation("Only a published or scheduled article has a publication date to correct; this one is "
                    + status.description() + ".");
        }
        this.publishedAt = utc(publication);
        touch(now);
    }

    public void changeSlug(Slug newSlug, Instant now) {
        this.slug = newSlug.value();
        touch(now);
    }

    public void coverWith(CoverImage image, Instant now) {
        this.cover = image;
        touch(now);
    }

    /** Files the article under these tags, in this order; a tag given twice counts once. */
    public void tagWith(List<Tag> newTags, Instant now) {
        this.tags.clear();
        this.tags.addAll(new LinkedHashSet<>(newTags));
        touch(now);
    }

    public void publish(Instant now) {
        status.requireCanBecome(ArticleStatus.PUBLISHED, "publish");
        if (publishedAt == null || status.isUnpublishedWork()) {
            this.publishedAt = utc(now);
        }
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    /** Publishes with the date the article first had elsewhere, as an import does. */
    public void publishAsOf(Instant originalPublication, Instant now) {
        status.requireCanBecome(ArticleStatus.PUBLISHED, "publish");
        this.publishedAt = utc(originalPublication);
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    public void schedule(Instant publicationTime, Instant now) {
        status.requireCanBecome(ArticleStatus.SCHEDULED, "schedule");
        if (!publicationTime.isAfter(now)) {
            throw new RuleViolation("The publication time " + publicationTime + " has already passed; publish the article now instead.");
        }
        this.publishedAt = utc(publicationTime);
        moveTo(ArticleStatus.SCHEDULED, now);
    }

    /** Publishes a scheduled article whose time has come; anything else stays as it is. */
    public boolean publishIfDue(Instant now) {
        if (status != ArticleStatus.SCHEDULED || publishedAt().orElseThrow().isAfter(now)) {
            return false;
        }
        moveTo(ArticleStatus.PUBLISHED, now);
        return true;
    }

    /** A contributor's finished draft, waiting for an editor or author to publish it. */
    public void submitForReview(Instant now) {
        status.requireCanBecome(ArticleStatus.PENDING, "submit for review");
        moveTo(ArticleStatus.PENDING, now);
    }

    public void unpublish(Instant now) {
        status.requireCanBecome(ArticleStatus.UNPUBLISHED, "unpublish");
        moveTo(ArticleStatus.UNPUBLISHED, now);
    }

    public void revertToDraft(Instant now) {
        status.requireCanBecome(ArticleStatus.DRAFT, "turn back into a draft");
        if (status == ArticleStatus.TRASHED) {
            throw new RuleViolation("Restore the article from the trash instead of turning it back into a draft.");
        }
        moveTo(ArticleStatus.DRAFT, now);
    }

    public void trash(Instant now) {
        status.requireCanBecome(ArticleStatus.TRASHED, "move to the trash");
        moveTo(ArticleStatus.TRASHED, now);
    }

    /** Takes the article out of the trash as a draft, so nothing goes public by accident. */
    public void restore(Instant now) {
        if (status != ArticleStatus.TRASHED) {
            throw new RuleViolation("Only an article in the trash can be restored; this one is " + status.description() + ".");
        }
        moveTo(ArticleStatus.DRAFT, now);
    }

    /** The secret that opens the private preview, made on first use and kept, so a shared link keeps working. */
    public String openPreview() {
        if (previewToken == null) {
            previewToken = UUID.randomUUID().toString();
        }
        return previewToken;
    }

    public void hide(boolean hiddenFromListings, Instant now) {
        this.hidden = hiddenFromListings;
        touch(now);
    }

    /** Readers may see it: published and not hidden. */
    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && !hidden;
    }

    private void moveTo(ArticleStatus next, Instant now) {
        this.status = next;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = utc(now);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public Guid guid() {
        return new Guid(guid);
    }

    public Slug slug() {
        return new Slug(slug);
    }

    public String title() {
        return title;
    }

    /** The editor's summary, or the opening of the body when there is none. */
    public String summary() {
        return Summary.of(summary, bodyHtml);
    }

    /** The summary as the editor wrote it, without the fallback; empty when there is none. */
    public Optional<String> editorsSummary() {
        return Optional.ofNullable(summary);
    }

    public String bodySource() {
        return bodySource;
    }

    public BodyFormat bodyFormat() {
        return bodyFormat;
    }

    public String bodyHtml() {
        return bodyHtml == null ? "" : bodyHtml;
    }

    public ReadingTime readingTime() {
        return ReadingTime.ofHtml(bodyHtml);
    }

    public Optional<CoverImage> cover() {
        return Optional.ofNullable(cover);
    }

    public Author author() {
        return author;
    }

    public List<Tag> tags() {
        return List.copyOf(tags);
    }

    public ArticleStatus status() {
        return status;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    /** Makes the article this user's own: authors and contributors may edit only their own articles. */
    public void belongTo(String username) {
        this.owner = username;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public boolean hidden() {
        return hidden;
    }

    public long version() {
        return version;
    }
}
