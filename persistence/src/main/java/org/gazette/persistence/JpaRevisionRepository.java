package org.gazette.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;

@ApplicationScoped
public class JpaRevisionRepository implements RevisionRepository {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected JpaRevisionRepository() {
    }

    JpaRevisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Revision revision) {
        em.persist(revision);
    }

    @Override
    public List<Revision> ofArticle(String articleId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.articleId = :article ORDER BY r.savedAt DESC", Revision.class)
                .setParameter("article", articleId).getResultList();
    }
}
