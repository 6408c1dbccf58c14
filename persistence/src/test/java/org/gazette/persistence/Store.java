package org.gazette.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.gazette.application.ArticleChanged;
import org.gazette.application.AuditTrail;
import org.gazette.application.AuthorsAndTags;
import org.gazette.application.InstallationEnvironment;
import org.gazette.application.Publishing;

/**
 * The repositories and the publishing service over one entity manager, committed as one
 * transaction, the way the container runs a {@code @Transactional} service method.
 */
final class Store {

    final JpaArticleRepository articles;
    final JpaMediaRepository media;
    final JpaRedirectRepository redirects;
    final Publishing publishing;
    final List<ArticleChanged> announced = new ArrayList<>();

    private Store(EntityManager em, Clock clock) {
        this.articles = new JpaArticleRepository(em);
        this.media = new JpaMediaRepository(em);
        this.redirects = new JpaRedirectRepository(em);
        this.publishing = new Publishing(articles, new AuthorsAndTags(new JpaAuthorRepository(em), new JpaTagRepository(em)),
                new JpaRevisionRepository(em), clock, new RecordedEvents<>(announced),
                new DatabaseWorkLocks(em), new AuditTrail(new JpaAuditRepository(em), clock, new InstallationEnvironment(Map.of())));
    }

    static <T> T inTransaction(EntityManagerFactory factory, Clock clock, Function<Store, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Store(em, clock));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
