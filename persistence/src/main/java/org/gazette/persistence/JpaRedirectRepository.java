package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.redirect.RedirectRepository;

@ApplicationScoped
public class JpaRedirectRepository extends JpaRepository<Redirect> implements RedirectRepository {

    protected JpaRedirectRepository() {
        this(null);
    }

    JpaRedirectRepository(EntityManager em) {
        super(Redirect.class, em);
    }

    @Override
    public Optional<Redirect> findFrom(String path) {
        return findOne("fromPath", path);
    }
}
