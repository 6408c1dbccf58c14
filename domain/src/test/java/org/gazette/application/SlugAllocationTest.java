package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.gazette.domain.article.Slug;
import org.junit.jupiter.api.Test;

class SlugAllocationTest {

    @Test
    void aFreeSlugIsKept() {
        assertEquals(new Slug("news"), SlugAllocation.firstFree(new Slug("news"), Set.of(new Slug("other"))::contains));
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        Set<Slug> taken = Set.of(new Slug("news"), new Slug("news-2"));

        assertEquals(new Slug("news-3"), SlugAllocation.firstFree(new Slug("news"), taken::contains));
    }

    @Test
    void aTitleThatNamesASiteSectionGetsANumberSoTheSectionStaysReachable() {
        assertEquals(new Slug("archive-2"), SlugAllocation.firstFree(Slug.fromTitle("Archive"), Set.<Slug>of()::contains));
        assertEquals(new Slug("feed-2"), SlugAllocation.firstFree(Slug.fromTitle("Feed"), Set.<Slug>of()::contains));
        assertEquals(new Slug("health-2"), SlugAllocation.firstFree(Slug.fromTitle("Health"), Set.<Slug>of()::contains),
                "the server's health checks answer at /health/");
        assertEquals(new Slug("metrics-2"), SlugAllocation.firstFree(Slug.fromTitle("Metrics"), Set.<Slug>of()::contains));
    }
}
