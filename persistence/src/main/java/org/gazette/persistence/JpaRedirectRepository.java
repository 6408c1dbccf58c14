package org.gazette.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    @Override
    public List<Redirect> pointingTo(String path) {
        return em.createQuery("SELECT r FROM Redirect r WHERE r.toPath = :path", Redirect.class).setParameter("path", path).getResultList();
    }

    @Override
    public Set<String> existingFrom(Collection<String> paths) {
        if (paths.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT r.fromPath FROM Redirect r WHERE r.fromPath IN :paths", String.class)
                .setParameter("paths", paths).getResultList());
    }

    @Override
    public List<Redirect> afterFrom(Optional<String> lastFromPath, int limit) {
        return inSteps("fromPath", lastFromPath, limit);
    }

    @Override
    public void remove(Redirect redirect) {
        em.remove(redirect);
    }
}
