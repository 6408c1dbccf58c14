package org.gazette.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.user.User;
import org.gazette.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository extends JpaRepository<User> implements UserRepository {

    protected JpaUserRepository() {
        this(null);
    }

    JpaUserRepository(EntityManager em) {
        super(User.class, em);
    }

    @Override
    public List<User> all() {
        return em.createQuery("SELECT u FROM User u ORDER BY u.username", User.class).getResultList();
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return findOne("username", username);
    }
}
