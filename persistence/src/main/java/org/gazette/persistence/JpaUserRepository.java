package org.gazette.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.domain.user.User;
import org.gazette.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected JpaUserRepository() {
    }

    JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return Queries.first(em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
                .setParameter("username", username));
    }

    @Override
    public void add(User user) {
        em.persist(user);
    }
}
