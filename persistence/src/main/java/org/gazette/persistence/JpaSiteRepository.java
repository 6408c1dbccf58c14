package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected JpaSiteRepository() {
    }

    JpaSiteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Site> find() {
        return Optional.ofNullable(em.find(Site.class, Site.THE_SITE));
    }

    @Override
    public void add(Site site) {
        em.persist(site);
    }
}
