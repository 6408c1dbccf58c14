package org.gazette.persistence;

import java.util.List;
import java.util.Optional;

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
    public List<Revision> ofArticle(String articleId, int offset, int limit) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.articleId = :article ORDER BY r.savedAt DESC, r.id", Revision.class)
                .setParameter("article", articleId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Revision> find(String articleId, String revisionId) {
        return Optional.ofNullable(em.find(Revision.class, revisionId)).filter(revision -> revision.articleId().equals(articleId));
    }
}
