package org.gazette.application;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.user.Role;

/**
 * Who may do what with an article, the way WordPress shares the work: contributors write drafts of
 * their own, authors also publish their own, editors and administrators work on every article.
 */
public final class EditorialRights {

    private EditorialRights() {
    }

    public static boolean mayEdit(Actor actor, Article article) {
        if (actor.is(Role.EDITOR)) {
            return true;
        }
        boolean own = article.owner().filter(actor.username()::equals).isPresent();
        return own && (actor.is(Role.AUTHOR) || article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.PENDING);
    }

    public static boolean mayPublish(Actor actor, Article article) {
        return actor.is(Role.AUTHOR) && mayEdit(actor, article);
    }

    static void requireMayEdit(Actor actor, Article article) {
        if (!mayEdit(actor, article)) {
            throw new NotPermitted(actor.is(Role.AUTHOR) || article.owner().filter(actor.username()::equals).isEmpty()
                    ? "You may edit only your own articles; '" + article.title() + "' belongs to someone else."
                    : "A contributor may change only drafts and articles pending review; '" + article.title() + "' is " + article.status().description() + ".");
        }
    }

    /** Contributors never move articles to the trash; the others may trash what they may edit. */
    public static boolean mayTrash(Actor actor, Article article) {
        return actor.is(Role.AUTHOR) && mayEdit(actor, article);
    }

    static void requireMayTrash(Actor actor, Article article) {
        requireMayEdit(actor, article);
        if (!mayTrash(actor, article)) {
            throw new NotPermitted("A contributor cannot move articles to the trash; ask an editor to.");
        }
    }

    static void requireMayPublish(Actor actor, Article article) {
        requireMayEdit(actor, article);
        if (!actor.is(Role.AUTHOR)) {
            throw new NotPermitted("A contributor cannot publish, schedule or unpublish; an editor or author publishes for you.");
        }
    }
}
