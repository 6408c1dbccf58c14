package org.gazette.application;

import java.time.Duration;
import java.io.Serializable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.article.Slug;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;
import org.gazette.domain.user.Role;

/**
 * The admin's work on articles, on behalf of a signed-in user: every step checks what that user's
 * role allows, whatever the screen showed, and a save over a version the user never saw is refused
 * as a conflict instead of overwriting it.
 */
@ApplicationScoped
@Transactional
public class Editing {

    @Inject
    ArticleRepository articles;

    @Inject
    RevisionRepository revisions;

    @Inject
    RedirectRepository redirects;

    @Inject
    AuthorsAndTags authorsAndTags;

    @Inject
    Publishing publishing;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    InstallationEnvironment environment;

    /** How long the editor waits after a change before it autosaves, {@code GAZETTE_AUTOSAVE_SECONDS}. */
    public Duration autosaveInterval() {
        return environment.autosaveInterval();
    }

    /** The byline a new article of this writer starts with, if any: see {@link AuthorsAndTags#defaultByline}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> defaultByline(Actor actor) {
        return authorsAndTags.defaultByline(actor);
    }

    /** A new draft that belongs to the user who wrote it. */
    public Article create(@NotNull(message = "Nothing to save.") @Valid ArticleDraft draft, Actor actor) {
        Article article = publishing.write(draft, authorsAndTags.bylineFor(actor, draft.authorName()), actor.username());
        article.belongTo(actor.username());
        audit.record(actor, AuditAction.ARTICLE_CREATED, article);
        return article;
    }

    /**
     * Saves the editor's text over the version they opened ({@code seenVersion}); when someone saved
     * in between, nothing is written and {@link EditConflict} carries the stored version.
     */
    public Article save(String id, long seenVersion, @NotNull(message = "Nothing to save.") @Valid ArticleDraft draft, Actor actor) {
        Article article = store(id, seenVersion, draft, actor);
        revisions.add(new Revision(article, draft.summary(), actor.username(), article.updatedAt()));
        audit.record(actor, AuditAction.ARTICLE_SAVED, article);
        return article;
    }

    /**
     * Saves like {@link #save} but keeps no revision, so minutes of typing do not bury the saves an
     * editor made on purpose; it never writes over a newer version either.
     */
    public Article autosave(String id, long seenVersion, @NotNull(message = "Nothing to save.") @Valid ArticleDraft draft, Actor actor) {
        return store(id, seenVersion, draft, actor);
    }

    private Article store(String id, long seenVersion, ArticleDraft draft, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayEdit(actor, article);
        if (article.version() != seenVersion) {
            String savedBy = revisions.ofArticle(id, 0, 1).stream().findFirst().map(Revision::savedBy).orElse("someone");
            throw new EditConflict(new EditConflict.StoredVersion(article.title(), article.editorsSummary().orElse(""),
                    article.bodySource(), savedBy, article.version()));
        }
        Instant now = clock.instant();
        rename(article, draft.slug(), now);
        article.retitle(draft.title(), now);
        article.attributeTo(authorsAndTags.bylineFor(actor, draft.authorName()), now);
        publishing.writeContent(article, draft, now);
        publishing.announce(article);
        return article;
    }

    /** A page of the article's saved versions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(String id, int offset, int limit) {
        return revisions.ofArticle(id, Math.max(0, offset), limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revision revision(String id, String revisionId) {
        return revisions.find(id, revisionId).orElseThrow(() -> new RuleViolation("This article has no revision '" + revisionId + "'."));
    }

    /** Brings back the text of an earlier revision; the restore is itself saved as a new revision. */
    public Article restoreRevision(String id, String revisionId, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayEdit(actor, article);
        Revision earlier = revision(id, revisionId);
        Instant now = clock.instant();
        article.retitle(earlier.title(), now);
        article.summarize(earlier.summary(), now);
        article.writeBody(earlier.bodySource(), earlier.bodyFormat(), now);
        revisions.add(new Revision(article, earlier.summary(), actor.username(), now));
        publishing.announce(article);
        audit.record(actor, AuditAction.REVISION_RESTORED, article, "revision " + revisionId + " of " + earlier.savedAt());
        return article;
    }

    public Article publish(String id, Actor actor) {
        return audited(actor, AuditAction.PUBLISHED, publishing.publish(permittedToPublish(id, actor)));
    }

    public Article schedule(String id, Instant publicationTime, Actor actor) {
        Article article = publishing.schedule(permittedToPublish(id, actor), publicationTime);
        audit.record(actor, AuditAction.SCHEDULED, article, "for " + publicationTime);
        return article;
    }

    /** Anyone who may edit the article may ask for it to be reviewed; contributors publish this way. */
    public Article submitForReview(String id, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayEdit(actor, article);
        article.submitForReview(clock.instant());
        return audited(actor, AuditAction.SUBMITTED_FOR_REVIEW, article);
    }

    public Article unpublish(String id, Actor actor) {
        return audited(actor, AuditAction.UNPUBLISHED, publishing.unpublish(permittedToPublish(id, actor)));
    }

    public Article trash(String id, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayTrash(actor, article);
        return audited(actor, AuditAction.TRASHED, publishing.trash(article));
    }

    public Article restore(String id, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayEdit(actor, article);
        return audited(actor, AuditAction.RESTORED, publishing.restore(article));
    }

    /** Only administrators delete, only from the trash, and nothing of the article remains. */
    public void delete(String id, Actor actor) {
        Article article = article(id);
        if (!actor.is(Role.ADMIN)) {
            throw new NotPermitted("Only an administrator may delete an article permanently; move it to the trash instead.");
        }
        if (article.status() != ArticleStatus.TRASHED) {
            throw new RuleViolation("Move '" + article.title() + "' to the trash before deleting it permanently.");
        }
        articles.remove(article);
        audit.record(actor, AuditAction.DELETED, article);
    }

    private Article audited(Actor actor, AuditAction action, Article article) {
        audit.record(actor, action, article);
        return article;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Article> find(String id) {
        return articles.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditorsRow> list(ArticleRepository.EditorsFilter filter, ArticleRepository.EditorsOrder order, int offset, int limit) {
        return articles.forEditors(filter, order, Math.max(0, offset), limit);
    }

    /**
     * The address an article would get, checked as the editor types: the slug they want, or else the
     * one made from the title, and whether another article or a section of the site has it already.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlugCheck checkSlug(String id, String wantedSlug, String title) {
        boolean generated = wantedSlug == null || wantedSlug.isBlank();
        if (generated && (title == null || title.isBlank())) {
            return new SlugCheck(null, "Type a title: the address is made from it.");
        }
        Slug slug;
        try {
            slug = generated ? Slug.fromTitle(title) : new Slug(wantedSlug.strip());
        } catch (RuleViolation invalid) {
            return new SlugCheck(null, invalid.getMessage());
        }
        if (slug.namesSiteSection()) {
            return new SlugCheck(null, "/" + slug + " is a section of the site; choose another address.");
        }
        Optional<Article> holder = articles.findBySlug(slug).filter(other -> !other.id().equals(id));
        if (holder.isPresent()) {
            return new SlugCheck(null, "/" + slug + " is taken by '" + holder.get().title() + "'"
                    + (generated ? "; a number will be added, or choose another address." : "; choose another address."));
        }
        return new SlugCheck("/" + slug, null);
    }

    /** The address an article would get, or why it cannot. */
    public record SlugCheck(String address, String problem) implements Serializable {
    }

    private Article permittedToPublish(String id, Actor actor) {
        Article article = article(id);
        EditorialRights.requireMayPublish(actor, article);
        return article;
    }

    /** A changed slug must be free; a public article's old address then redirects to the new one. */
    private void rename(Article article, String wantedSlug, Instant now) {
        if (wantedSlug == null || wantedSlug.isBlank() || wantedSlug.strip().equals(article.slug().value())) {
            return;
        }
        Slug slug = publishing.requireFree(new Slug(wantedSlug.strip()));
        if (article.isPublic()) {
            redirects.move("/" + article.slug().value(), "/" + slug.value());
        }
        article.changeSlug(slug, now);
    }


    private Article article(String id) {
        return articles.findById(id).orElseThrow(() -> new RuleViolation("There is no article with the id '" + id + "'."));
    }
}
