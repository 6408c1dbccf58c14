package org.gazette.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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

    /** Every aggregate in steps ordered by a unique attribute, after the value of the last one read. */
    List<T> inSteps(String attribute, Optional<String> last, int limit) {
        return stepQuery(attribute, last, limit).getResultList();
    }

    /** The query of {@link #inSteps}, with the aggregate as {@code a}, for a repository that adds hints. */
    TypedQuery<T> stepQuery(String attribute, Optional<String> last, int limit) {
        TypedQuery<T> query = em.createQuery("SELECT a FROM " + type.getSimpleName() + " a" + (last.isPresent() ? " WHERE a." + attribute + " > :last" : "")
                + " ORDER BY a." + attribute, type);
        last.ifPresent(value -> query.setParameter("last", value));
        return query.setMaxResults(limit);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e", Long.class).getSingleResult();
    }
}
