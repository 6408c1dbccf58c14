package org.gazette.persistence;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gazette.application.ExclusiveWork;

/**
 * The lock of a kind of work is a row lock in the database every server shares, so it needs no grid
 * and is gone with the transaction, or with the connection of a server that died holding it.
 */
@ApplicationScoped
public class DatabaseWorkLocks implements ExclusiveWork {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected DatabaseWorkLocks() {
    }

    /** For tests, which pass their own entity manager. */
    DatabaseWorkLocks(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lock(Kind kind) {
        em.createNativeQuery("SELECT name FROM work_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, kind.name().toLowerCase(Locale.ROOT))
                .getSingleResult();
    }
}
