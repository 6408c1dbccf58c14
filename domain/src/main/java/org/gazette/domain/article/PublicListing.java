package org.gazette.domain.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One of the lists in which readers find public articles, newest first: all of them, those under a
 * tag, those by an author, or those published in a year or a month (UTC, as the archive counts them).
 * Pages are in none of these, only in {@link #PAGES}, which has no order of its own.
 */
public record PublicListing(Kind kind, String slug, Instant from, Instant until) implements Serializable {

    public static final PublicListing EVERYTHING = new PublicListing(Kind.EVERYTHING, null, null, null);
    public static final PublicListing PAGES = new PublicListing(Kind.PAGES, null, null, null);

    /** What a listing selects by. */
    public enum Kind {
        EVERYTHING, TAG, AUTHOR, PERIOD, PAGES
    }

    public PublicListing {
        Objects.requireNonNull(kind, "kind");
    }

    public static PublicListing tagged(Slug tag) {
        return new PublicListing(Kind.TAG, tag.value(), null, null);
    }

    public static PublicListing by(Slug author) {
        return new PublicListing(Kind.AUTHOR, author.value(), null, null);
    }

    public static PublicListing publishedIn(Year year) {
        return period(year.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), year.plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public static PublicListing publishedIn(YearMonth month) {
        return period(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static PublicListing period(Instant from, Instant until) {
        return new PublicListing(Kind.PERIOD, null, from, until);
    }

    /** Whether an article placed so appears in this listing. */
    public boolean includes(PublicPlacement placement) {
        if (placement.listed() == (kind == Kind.PAGES)) {
            return false;
        }
        return switch (kind) {
            case PAGES -> true;
            case EVERYTHING -> true;
            case TAG -> placement.tagSlugs().contains(slug);
            case AUTHOR -> placement.authorSlug().equals(slug);
            case PERIOD -> !placement.publishedAt().isBefore(from) && placement.publishedAt().isBefore(until);
        };
    }
}
