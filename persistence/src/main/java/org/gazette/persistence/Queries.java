package org.gazette.persistence;

import java.util.Optional;

import jakarta.persistence.TypedQuery;

/** Shared shapes of queries that the repositories ask. */
final class Queries {

    private Queries() {
    }

    /** The single result of a query on a unique column, or nothing. */
    static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
