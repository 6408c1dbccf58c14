package org.gazette.application;

import java.util.function.Predicate;

import org.gazette.domain.article.Slug;

/**
 * Finds a free slug for a new article whose slug was derived from its title: the plain slug if it
 * is free, otherwise the first free one of {@code slug-2}, {@code slug-3} and so on, the way
 * WordPress does it. The names of site sections count as taken.
 */
public final class SlugAllocation {

    private SlugAllocation() {
    }

    public static Slug firstFree(Slug wanted, Predicate<Slug> taken) {
        Slug candidate = wanted;
        Predicate<Slug> unavailable = taken.or(Slug::namesSiteSection);
        for (int suffix = 2; unavailable.test(candidate); suffix++) {
            candidate = wanted.withSuffix(suffix);
        }
        return candidate;
    }
}
