package org.gazette.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;

@ApplicationScoped
public class JpaRevisionRepository extends JpaRepository<Revision> implements RevisionRepository {

    protected JpaRevisionRepository() {
        this(null);
    }

    JpaRevisionRepository(EntityManager em) {
        super(Revision.class, em);
    }

    @Override
    public List<Revision> ofArticle(String articleId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.articleId = :article ORDER BY r.savedAt DESC", Revision.class)
                .setParameter("article", articleId).getResultList();
    }
}
