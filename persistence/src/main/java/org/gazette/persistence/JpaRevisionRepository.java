package org.gazette.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    public Map<String, List<Revision>> ofArticles(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM Revision r WHERE r.articleId IN :articles ORDER BY r.savedAt DESC, r.id", Revision.class)
                .setParameter("articles", articleIds).getResultStream()
                .collect(Collectors.groupingBy(Revision::articleId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Optional<Revision> find(String articleId, String revisionId) {
        return Optional.ofNullable(em.find(Revision.class, revisionId)).filter(revision -> revision.articleId().equals(articleId));
    }
}
