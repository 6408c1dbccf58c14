package org.gazette.domain.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class PreviewLinkTest {

    private static final Instant SHARED = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void aLinkWorksForItsLifetimeAndNotAMomentLonger() {
        PreviewLink link = new PreviewLink("article-1", SHARED, PreviewLink.DEFAULT_LIFETIME);

        assertEquals(Instant.parse("2026-11-16T09:30:00Z"), link.expiresAt());
        assertTrue(link.isOpenAt(SHARED.plus(Duration.ofDays(14)).minusSeconds(1)));
        assertFalse(link.isOpenAt(SHARED.plus(Duration.ofDays(14))));
    }

    @Test
    void renewingGivesANewSecretForAFullLifetimeFromNow() {
        PreviewLink link = new PreviewLink("article-1", SHARED, Duration.ofDays(2));
        String before = link.token();

        link.renew(SHARED.plus(Duration.ofDays(5)), Duration.ofDays(2));

        assertNotEquals(before, link.token());
        assertTrue(link.isOpenAt(SHARED.plus(Duration.ofDays(6))));
    }

    @Test
    void aLinkMustLiveForSomeTime() {
        assertThrows(RuleViolation.class, () -> new PreviewLink("article-1", SHARED, Duration.ZERO));
    }
}
