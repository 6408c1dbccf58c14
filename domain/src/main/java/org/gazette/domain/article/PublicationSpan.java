package org.gazette.domain.article;

import java.time.Instant;
import java.util.Optional;

/**
 * A stretch of a public listing between two publication times, both included; a missing end reaches
 * to the newest or the oldest article there will ever be. Pages say which span they show, so caches
 * know which changes alter them.
 */
public record PublicationSpan(Optional<Instant> newest, Optional<Instant> oldest) {

    public static final PublicationSpan WHOLE = new PublicationSpan(Optional.empty(), Optional.empty());

    /** From the newest article down to one published at {@code oldest}; to the oldest there will ever be when there is none. */
    public static PublicationSpan downTo(Optional<Instant> oldest) {
        return new PublicationSpan(Optional.empty(), oldest);
    }

    public boolean contains(Instant published) {
        return newest.map(bound -> !published.isAfter(bound)).orElse(true) && oldest.map(bound -> !published.isBefore(bound)).orElse(true);
    }
}
