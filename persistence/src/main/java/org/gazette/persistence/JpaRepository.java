package org.gazette.persistence;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What every repository does the same way: add new aggregates, find one by a unique attribute. */
abstract class JpaRepository<T> {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    private final Class<T> type;

    /** For the container, which injects the entity manager, and for tests, which pass their own. */
    JpaRepository(Class<T> type, EntityManager em) {
        this.type = type;
        this.em = em;
    }

    public void add(T aggregate) {
        em.persist(aggregate);
    }

    Optional<T> findOne(String attribute, Object value) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + attribute + " = :value", type)
                .setParameter("value", value)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    long count() {
        return em.createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e", Long.class).getSingleResult();
    }
}
