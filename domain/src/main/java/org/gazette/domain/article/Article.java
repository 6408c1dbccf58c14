package org.gazette.domain.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.gazette.domain.KeptId;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.author.Author;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.text.PlainText;
import org.gazette.domain.text.ReadingTime;
import org.gazette.domain.text.SafeHtml;
import org.gazette.domain.text.Summary;

/**
 * An article: what an editor writes and a reader reads. It keeps its body as written and as the
 * sanitized HTML every page and feed serves, so no request renders or sanitizes again, and it
 * guards its own life cycle. What listings show of the body (the excerpt, the reading time) and the
 * library images it uses are derived when it is written, so lists never read bodies. It remembers
 * where it stood in the public listings before its first change, so a change can say what it moved.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_SUMMARY_LENGTH = 1000;
    /** The origin of an article written here. */
    public static final String THIS_SITE = "this site";

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

    /** The editor's summary, or else the opening of the body: what listings and feeds show. */
    @Column(length = MAX_SUMMARY_LENGTH)
    private String excerpt;

    @Column(name = "reading_minutes", nullable = false)
    private int readingMinutes;

    /** The title as the editors' list sorts it. */
    @Column(name = "sort_title", nullable = false, length = MAX_TITLE_LENGTH)
    private String sortTitle;

    /** The media library images the cover and body show, so "where is this image used" reads no bodies. */
    @ElementCollection
    @CollectionTable(name = "article_media", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "asset_id", length = 36)
    private Set<String> mediaIds = new HashSet<>();

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

    /** The publication time while the article is public, and nothing otherwise: what listings are ordered and indexed by. */
    @Column(name = "public_at")
    private LocalDateTime publicAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(nullable = false)
    private boolean hidden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ArticleKind kind = ArticleKind.POST;

    /** The user who wrote it, whose it is to edit when they may edit only their own; none for imports. */
    @Column(length = 50)
    private String owner;

    /** Where the article comes from: {@link #THIS_SITE}, or the address of the feed it was imported from. */
    @Column(length = 500)
    private String origin;

    @Version
    private long version;

    /** Where the article stood in the public listings when this unit of work first changed it. */
    private transient PublicPlacement placedBeforeChanges;
    private transient boolean changed;

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
        this.changed = true;
        retitle(title, now);
        deriveFromBody();
    }

    /**
     * An article as a backup kept it, under its own id, so revisions and links to it stay valid; the
     * body, summary, cover and tags are then written through the usual methods, so every rule and
     * the one HTML policy apply to it as to any other.
     */
    public static Article reinstated(String id, Guid guid, Slug slug, String title, Author author, Instant createdAt) {
        Article article = new Article(guid, slug, title, author, createdAt);
        article.id = KeptId.of(id, "An article's");
        return article;
    }

    /** Puts a reinstated article where the backup had it in its life, once its content is written. */
    public void reinstateState(ArticleStatus kept, Instant publication, boolean hiddenFromListings, String ownerName, String keptOrigin,
            Instant updated) {
        if ((kept == ArticleStatus.PUBLISHED || kept == ArticleStatus.SCHEDULED) && publication == null) {
            throw new RuleViolation("A " + kept.description() + " article needs its publication time.");
        }
        changing(updated);
        this.status = Objects.requireNonNull(kept, "status");
        this.publishedAt = publication == null ? null : utc(publication);
        this.hidden = hiddenFromListings;
        this.owner = ownerName;
        this.origin = keptOrigin;
        placeInListings();
    }

    /** How the editors' list sorts a title: without regard to case. */
    public static String sortTitleOf(String title) {
        return title.toLowerCase(Locale.ROOT);
    }

    public void retitle(String newTitle, Instant now) {
        changing(now);
        String text = PlainText.withoutMarkup(newTitle);
        if (text == null || text.isBlank()) {
            throw new RuleViolation("An article needs a title" + (newTitle == null || newTitle.isBlank() ? "." : " of text, not markup."));
        }
        if (text.length() > MAX_TITLE_LENGTH) {
            throw new RuleViolation("The title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        this.title = text;
        this.sortTitle = sortTitleOf(title);
    }

    public void summarize(String newSummary, Instant now) {
        changing(now);
        String text = PlainText.withoutMarkup(newSummary);
        if (text != null && text.length() > MAX_SUMMARY_LENGTH) {
            throw new RuleViolation("The summary is longer than " + MAX_SUMMARY_LENGTH + " characters.");
        }
        this.summary = text == null || text.isBlank() ? null : text;
        this.excerpt = Summary.of(summary, bodyHtml);
    }

    /** Keeps the body as written and renders it once, through the one HTML policy. */
    public void writeBody(String source, BodyFormat format, Instant now) {
        changing(now);
        this.bodyFormat = Objects.requireNonNull(format, "format");
        this.bodySource = source == null ? "" : source;
        this.bodyHtml = format.toSafeHtml(bodySource);
        deriveFromBody();
    }

    /** Keeps an HTML body that has been through the policy already, as an import has it, without sanitizing it again. */
    public void writeBody(SafeHtml html, Instant now) {
        changing(now);
        this.bodyFormat = BodyFormat.HTML;
        this.bodySource = html.html();
        this.bodyHtml = html.html();
        deriveFromBody();
    }

    public void attributeTo(Author newAuthor, Instant now) {
        changing(now);
        this.author = Objects.requireNonNull(newAuthor, "author");
    }

    /** Corrects when a published or scheduled article appeared, as when its origin says otherwise. */
    public void correctPublicationDate(Instant publication, Instant now) {
        changing(now);
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw new RuleViolation("Only a published or scheduled article has a publication date to correct; this one is "
                    + status.description() + ".");
        }
        this.publishedAt = utc(publication);
        placeInListings();
    }

    public void changeSlug(Slug newSlug, Instant now) {
        changing(now);
        this.slug = newSlug.value();
    }

    public void coverWith(CoverImage image, Instant now) {
        changing(now);
        this.cover = image;
        deriveMediaShown();
    }

    /** Files the article under these tags, in this order; a tag given twice counts once. */
    public void tagWith(List<Tag> newTags, Instant now) {
        changing(now);
        this.tags.clear();
        this.tags.addAll(new LinkedHashSet<>(newTags));
    }

    public void publish(Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.PUBLISHED, "publish");
        if (publishedAt == null || status.isUnpublishedWork()) {
            this.publishedAt = utc(now);
        }
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    /** Publishes with the date the article first had elsewhere, as an import does. */
    public void publishAsOf(Instant originalPublication, Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.PUBLISHED, "publish");
        this.publishedAt = utc(originalPublication);
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    public void schedule(Instant publicationTime, Instant now) {
        changing(now);
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
        changing(now);
        moveTo(ArticleStatus.PUBLISHED, now);
        return true;
    }

    /** A contributor's finished draft, waiting for an editor or author to publish it. */
    public void submitForReview(Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.PENDING, "submit for review");
        moveTo(ArticleStatus.PENDING, now);
    }

    public void unpublish(Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.UNPUBLISHED, "unpublish");
        moveTo(ArticleStatus.UNPUBLISHED, now);
    }

    public void revertToDraft(Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.DRAFT, "turn back into a draft");
        if (status == ArticleStatus.TRASHED) {
            throw new RuleViolation("Restore the article from the trash instead of turning it back into a draft.");
        }
        moveTo(ArticleStatus.DRAFT, now);
    }

    public void trash(Instant now) {
        changing(now);
        status.requireCanBecome(ArticleStatus.TRASHED, "move to the trash");
        moveTo(ArticleStatus.TRASHED, now);
    }

    /** Takes the article out of the trash as a draft, so nothing goes public by accident. */
    public void restore(Instant now) {
        changing(now);
        if (status != ArticleStatus.TRASHED) {
            throw new RuleViolation("Only an article in the trash can be restored; this one is " + status.description() + ".");
        }
        moveTo(ArticleStatus.DRAFT, now);
    }

    public void hide(boolean hiddenFromListings, Instant now) {
        changing(now);
        this.hidden = hiddenFromListings;
        placeInListings();
    }

    /** Makes it a post or a page; a public page leaves the listings and feeds, and a public post joins them. */
    public void classifyAs(ArticleKind newKind, Instant now) {
        if (kind != newKind) {
            changing(now);
            this.kind = Objects.requireNonNull(newKind, "kind");
            placeInListings();
        }
    }

    /** Readers may see it: published and not hidden. */
    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && !hidden;
    }

    private void moveTo(ArticleStatus next, Instant now) {
        this.status = next;
        placeInListings();
    }

    private void placeInListings() {
        this.publicAt = isPublic() && kind == ArticleKind.POST ? publishedAt : null;
    }

    /** Called before every change: remembers the placement once, and dates the change. */
    private void changing(Instant now) {
        if (!changed) {
            placedBeforeChanges = placement().orElse(null);
            changed = true;
        }
        this.updatedAt = utc(now);
    }

    private void deriveFromBody() {
        this.excerpt = Summary.of(summary, bodyHtml);
        this.readingMinutes = ReadingTime.ofHtml(bodyHtml).minutes();
        deriveMediaShown();
    }

    private void deriveMediaShown() {
        Set<String> shown = new HashSet<>(MediaAsset.idsIn(bodySource));
        cover().map(CoverImage::url).map(MediaAsset::idsIn).ifPresent(shown::addAll);
        if (!shown.equals(mediaIds)) {
            mediaIds.clear();
            mediaIds.addAll(shown);
        }
    }

    /** Where the article stands in the public listings now; nowhere unless it is public, and only among the pages if it is one. */
    public Optional<PublicPlacement> placement() {
        if (!isPublic()) {
            return Optional.empty();
        }
        return Optional.of(new PublicPlacement(id, publishedAt().orElseThrow(), tags.stream().map(tag -> tag.slug().value()).toList(),
                author.slug().value(), kind == ArticleKind.POST));
    }

    /** Where it stood before the changes made to it since it was loaded (or nowhere, for a new article). */
    public Optional<PublicPlacement> placementBeforeChanges() {
        return changed ? Optional.ofNullable(placedBeforeChanges) : placement();
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
        return excerpt;
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
        return new ReadingTime(readingMinutes);
    }

    /** The ids of the media library images that the cover and body show. */
    public Set<String> mediaShown() {
        return Set.copyOf(mediaIds);
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

    /** The article was written here, so no feed may ever change it. */
    public void writtenHere() {
        this.origin = THIS_SITE;
    }

    /**
     * Lets a feed write this article: the feed it came from, or, for an article imported before
     * origins were kept, the first feed that names it. Guids of articles are public in feeds, so
     * without this anyone's feed could take over an article written here.
     */
    public void takeFrom(String feed) {
        if (origin != null && !origin.equals(feed)) {
            throw new RuleViolation(THIS_SITE.equals(origin) ? "Its guid names an article written on this site; a feed cannot change it."
                    : "Its guid names an article imported from " + origin + "; only that feed may change it.");
        }
        this.origin = feed;
    }

    /** Makes the article this user's own: authors and contributors may edit only their own articles. */
    public void belongTo(String username) {
        this.owner = username;
    }

    /** Where the article comes from, {@link #THIS_SITE} or a feed; empty for one imported before origins were kept. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public boolean hidden() {
        return hidden;
    }

    public ArticleKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }
}
