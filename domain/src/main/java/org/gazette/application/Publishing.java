package org.gazette.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.author.Author;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;

/** Writing and the life cycle of articles: every step an editor takes with an article. */
@ApplicationScoped
@Transactional
public class Publishing {

    private ArticleRepository articles;
    private AuthorsAndTags authorsAndTags;
    private RevisionRepository revisions;
    private Clock clock;
    private Event<ArticleChanged> changes;
    private ExclusiveWork exclusiveWork;
    private AuditTrail audit;

    protected Publishing() {
    }

    @Inject
    public Publishing(ArticleRepository articles, AuthorsAndTags authorsAndTags, RevisionRepository revisions,
            Clock clock, Event<ArticleChanged> changes, ExclusiveWork exclusiveWork, AuditTrail audit) {
        this.articles = articles;
        this.authorsAndTags = authorsAndTags;
        this.revisions = revisions;
        this.clock = clock;
        this.changes = changes;
        this.exclusiveWork = exclusiveWork;
        this.audit = audit;
    }

    /**
     * Creates a draft, keeping its first revision; authors and tags named for the first time are
     * created. Nothing public changes, so no cache hears of it.
     */
    public Article write(@NotNull(message = "Nothing to save.") @Valid ArticleDraft draft, String savedBy) {
        return write(draft, authorsAndTags.authorNamed(draft.authorName()), savedBy);
    }

    /** The same, under a byline already decided, as when the one writing may not choose another. */
    public Article write(@NotNull(message = "Nothing to save.") @Valid ArticleDraft draft, Author byline, String savedBy) {
        Instant now = clock.instant();
        Article article = new Article(Guid.random(), slugFor(draft), draft.title(), byline, now);
        article.writtenHere();
        writeContent(article, draft, now);
        articles.add(article);
        revisions.add(new Revision(article, draft.summary(), savedBy, now));
        return article;
    }

    public Article publish(Article article) {
        article.publish(clock.instant());
        return announce(article);
    }

    /** Publishes with the date the article first appeared, as when moving an existing blog here. */
    public Article publishAsOf(Slug slug, Instant originalPublication) {
        Article article = articleAt(slug);
        article.publishAsOf(originalPublication, clock.instant());
        return announce(article);
    }

    public Article schedule(Article article, Instant publicationTime) {
        article.schedule(publicationTime, clock.instant());
        return announce(article);
    }

    public Article unpublish(Article article) {
        article.unpublish(clock.instant());
        return announce(article);
    }

    public Article trash(Article article) {
        article.trash(clock.instant());
        return announce(article);
    }

    public Article restore(Article article) {
        article.restore(clock.instant());
        return announce(article);
    }

    /** Publishes every scheduled article whose time has come, including times that passed while the server was down. */
    public int publishDue() {
        // Every server of a cluster runs the schedule: one at a time, the later ones find nothing due.
        exclusiveWork.lock(ExclusiveWork.Kind.PUBLICATION);
        Instant now = clock.instant();
        List<Article> due = articles.scheduledDueBy(now);
        due.forEach(article -> {
            article.publishIfDue(now);
            announce(article);
            audit.recordBySystem(AuditAction.PUBLISHED_ON_SCHEDULE, article);
        });
        return due.size();
    }

    /** What a draft says beyond title, slug and author: kind, summary, body, tags and cover, as new writing and later saves both apply it. */
    void writeContent(Article article, ArticleDraft draft, Instant now) {
        article.classifyAs(draft.kind(), now);
        article.summarize(draft.summary(), now);
        article.writeBody(draft.body(), draft.format(), now);
        article.tagWith(authorsAndTags.tagsNamed(draft.tagNames()), now);
        article.coverWith(draft.cover().orElse(null), now);
    }

    private Slug slugFor(ArticleDraft draft) {
        if (draft.slug() == null || draft.slug().isBlank()) {
            return SlugAllocation.firstFree(Slug.fromTitle(draft.title()), articles::slugTaken);
        }
        return requireFree(new Slug(draft.slug().strip()));
    }

    /** A slug an editor chose must name neither a section of the site nor another article. */
    Slug requireFree(Slug chosen) {
        if (chosen.namesSiteSection()) {
            throw new RuleViolation("The slug '" + chosen + "' is the address of a section of the site; choose another one.");
        }
        if (articles.slugTaken(chosen)) {
            throw new RuleViolation("The slug '" + chosen + "' is already used by another article; choose another one.");
        }
        return chosen;
    }

    private Article articleAt(Slug slug) {
        return articles.findBySlug(slug)
                .orElseThrow(() -> new RuleViolation("There is no article with the slug '" + slug + "'."));
    }

    /** Tells the caches what readers may now see differently; changes to what they never saw stay quiet. */
    Article announce(Article article) {
        ArticleChanged.of(article).ifPresent(changes::fire);
        return article;
    }
}
