package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.user.Role;
import org.junit.jupiter.api.Test;

class EditorialRightsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor CONTRIBUTOR = new Actor("cyril", Role.CONTRIBUTOR, "192.0.2.1");
    private static final Actor AUTHOR = new Actor("ada", Role.AUTHOR, "192.0.2.1");
    private static final Actor OTHER_AUTHOR = new Actor("grace", Role.AUTHOR, "192.0.2.1");
    private static final Actor EDITOR = new Actor("edith", Role.EDITOR, "192.0.2.1");

    private static Article ownedBy(String username) {
        Article article = new Article(Guid.random(), new Slug("an-article"), "An article", new Author("Someone", new Slug("someone")), NOW);
        article.belongTo(username);
        return article;
    }

    @Test
    void aContributorWritesTheirOwnDraftsButNeverPublishes() {
        Article draft = ownedBy("cyril");

        assertTrue(EditorialRights.mayEdit(CONTRIBUTOR, draft));
        assertFalse(EditorialRights.mayPublish(CONTRIBUTOR, draft));
        NotPermitted refused = assertThrows(NotPermitted.class, () -> EditorialRights.requireMayPublish(CONTRIBUTOR, draft));
        assertTrue(refused.getMessage().contains("contributor cannot publish"), refused.getMessage());

        draft.submitForReview(NOW);
        assertTrue(EditorialRights.mayEdit(CONTRIBUTOR, draft), "still theirs to correct while it waits for review");
        assertFalse(EditorialRights.mayPublish(CONTRIBUTOR, draft));
        assertTrue(EditorialRights.mayPublish(EDITOR, draft));

        draft.publish(NOW);
        assertFalse(EditorialRights.mayEdit(CONTRIBUTOR, draft), "a published article is no longer the contributor's to change");
    }

    @Test
    void aContributorNeverMovesAnArticleToTheTrashNotEvenTheirOwnDraft() {
        Article draft = ownedBy("cyril");

        assertFalse(EditorialRights.mayTrash(CONTRIBUTOR, draft));
        NotPermitted refused = assertThrows(NotPermitted.class, () -> EditorialRights.requireMayTrash(CONTRIBUTOR, draft));
        assertTrue(refused.getMessage().contains("contributor cannot move articles to the trash"), refused.getMessage());
        assertTrue(EditorialRights.mayTrash(EDITOR, draft));
    }

    @Test
    void anAuthorPublishesTheirOwnAndLeavesOthersAlone() {
        Article own = ownedBy("ada");
        Article someoneElses = ownedBy("grace");

        assertTrue(EditorialRights.mayPublish(AUTHOR, own));
        assertFalse(EditorialRights.mayEdit(AUTHOR, someoneElses));
        assertEquals("You may edit only your own articles; 'An article' belongs to someone else.",
                assertThrows(NotPermitted.class, () -> EditorialRights.requireMayEdit(AUTHOR, someoneElses)).getMessage());
        assertTrue(EditorialRights.mayEdit(OTHER_AUTHOR, someoneElses));
    }

    @Test
    void editorsAndAdministratorsWorkOnEveryArticleIncludingImportedOnes() {
        Article imported = new Article(Guid.random(), new Slug("imported"), "Imported", new Author("Someone", new Slug("someone")), NOW);

        assertTrue(EditorialRights.mayPublish(EDITOR, imported));
        assertTrue(EditorialRights.mayPublish(new Actor("root", Role.ADMIN, "192.0.2.1"), imported));
        assertFalse(EditorialRights.mayEdit(AUTHOR, imported), "an article without owner is nobody's own");
    }
}
