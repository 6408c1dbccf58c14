package org.gazette.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.preview.PreviewLink;
import org.gazette.domain.preview.PreviewLinkRepository;

/**
 * Private preview links: whoever may edit an article shares one with reviewers, renews it (the old
 * address stops working) or revokes it. A link works until it expires, and once the article is
 * published its public page takes over.
 */
@ApplicationScoped
@Transactional
public class PreviewSharing {

    @Inject
    ArticleRepository articles;

    @Inject
    PreviewLinkRepository links;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @PreviewLifetime
    Duration lifetime;

    /** The article's working link, made when there is none or the last one expired. */
    public PreviewLink share(String articleId, Actor actor) {
        Article article = editable(articleId, actor);
        Optional<PreviewLink> link = links.findForArticle(articleId);
        if (link.isEmpty()) {
            PreviewLink made = new PreviewLink(articleId, clock.instant(), lifetime);
            links.add(made);
            audit.record(actor, AuditAction.PREVIEW_SHARED, article);
            return made;
        }
        if (!link.get().isOpenAt(clock.instant())) {
            link.get().renew(clock.instant(), lifetime);
            audit.record(actor, AuditAction.PREVIEW_RENEWED, article);
        }
        return link.get();
    }

    /** A new address for the preview, for the full lifetime; whoever has the old one sees nothing now. */
    public PreviewLink renew(String articleId, Actor actor) {
        Article article = editable(articleId, actor);
        return links.findForArticle(articleId).map(link -> {
            link.renew(clock.instant(), lifetime);
            audit.record(actor, AuditAction.PREVIEW_RENEWED, article);
            return link;
        }).orElseGet(() -> share(articleId, actor));
    }

    public void revoke(String articleId, Actor actor) {
        Article article = editable(articleId, actor);
        links.findForArticle(articleId).ifPresent(link -> {
            links.remove(link);
            audit.record(actor, AuditAction.PREVIEW_REVOKED, article);
        });
    }

    /** The link that works now, for the editor to show, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PreviewLink> current(String articleId, Actor actor) {
        editable(articleId, actor);
        return links.findForArticle(articleId).filter(link -> link.isOpenAt(clock.instant()));
    }

    /** What a preview address shows: the article as readers will see it, its public page once published, or nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview open(String token) {
        Optional<Article> article = links.findByToken(token).filter(link -> link.isOpenAt(clock.instant()))
                .flatMap(link -> articles.findById(link.articleId()));
        if (article.isEmpty() || article.get().status() == ArticleStatus.TRASHED) {
            return new Preview(Optional.empty(), Optional.empty());
        }
        if (article.get().status() == ArticleStatus.PUBLISHED) {
            return new Preview(Optional.empty(), Optional.of("/" + article.get().slug().value()));
        }
        return new Preview(article, Optional.empty());
    }

    private Article editable(String articleId, Actor actor) {
        Article article = articles.findById(articleId).orElseThrow(() -> new RuleViolation("There is no article with the id '" + articleId + "'."));
        EditorialRights.requireMayEdit(actor, article);
        return article;
    }

    /** A preview address shows an article, or has been taken over by its public page, or shows nothing. */
    public record Preview(Optional<Article> article, Optional<String> publishedAt) {
    }
}
