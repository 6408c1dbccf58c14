package org.gazette.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.feedimport.ImportJobs;
import org.gazette.application.feedimport.ImportStatus;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.ArticleRepository.EditorsFilter;
import org.gazette.domain.article.ArticleRepository.EditorsOrder;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.user.Role;

/**
 * What waits for a signed-in writer when they open the admin: their own drafts, the articles
 * waiting for review (every one for editors, one's own for the others), what is scheduled and when,
 * the newest publications, and for editors the last import.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WritersDesk {

    /** How many articles each part of the desk shows; the article list has the rest. */
    public static final int SHOWN = 5;

    @Inject
    ArticleRepository articles;

    @Inject
    ImportJobs imports;

    /** The desk as it stands for this writer. */
    public Desk of(Actor actor) {
        String ownOnly = actor.is(Role.EDITOR) ? null : actor.username();
        return new Desk(rows(ArticleStatus.DRAFT, actor.username(), EditorsOrder.RECENTLY_CHANGED),
                rows(ArticleStatus.PENDING, ownOnly, EditorsOrder.RECENTLY_CHANGED),
                rows(ArticleStatus.SCHEDULED, ownOnly, EditorsOrder.NEXT_TO_PUBLISH),
                rows(ArticleStatus.PUBLISHED, null, EditorsOrder.NEWEST_PUBLISHED),
                actor.is(Role.EDITOR) ? imports.newest(actor).stream().findFirst() : Optional.empty());
    }

    private List<EditorsRow> rows(ArticleStatus status, String owner, EditorsOrder order) {
        return articles.forEditors(new EditorsFilter(Optional.of(status), null, null, null, owner), order, 0, SHOWN);
    }

    /** The parts of a writer's desk, each at most {@link #SHOWN} articles long. */
    public record Desk(List<EditorsRow> drafts, List<EditorsRow> waitingForReview, List<EditorsRow> scheduled, List<EditorsRow> published,
            Optional<ImportStatus> lastImport) {
    }
}
