package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository extends JpaRepository<Site> implements SiteRepository {

    protected JpaSiteRepository() {
        this(null);
    }

    JpaSiteRepository(EntityManager em) {
        super(Site.class, em);
    }

    @Override
    public Optional<Site> find() {
        return Optional.ofNullable(em.find(Site.class, Site.THE_SITE));
    }
}
