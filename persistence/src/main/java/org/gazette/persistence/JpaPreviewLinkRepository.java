package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.preview.PreviewLink;
import org.gazette.domain.preview.PreviewLinkRepository;

@ApplicationScoped
public class JpaPreviewLinkRepository extends JpaRepository<PreviewLink> implements PreviewLinkRepository {

    protected JpaPreviewLinkRepository() {
        this(null);
    }

    JpaPreviewLinkRepository(EntityManager em) {
        super(PreviewLink.class, em);
    }

    @Override
    public Optional<PreviewLink> findByToken(String token) {
        return findOne("token", token);
    }

    @Override
    public Optional<PreviewLink> findForArticle(String articleId) {
        return findOne("articleId", articleId);
    }

    @Override
    public void remove(PreviewLink link) {
        em.remove(link);
    }
}
