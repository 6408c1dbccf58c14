package org.gazette.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gazette.application.ArticleChanged;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.article.PublicPlacement;

/**
 * The changes one transaction made to what readers see, asked of each cached document in turn: does
 * any of them fall into a stretch the document shows? A change alters a stretch where the article
 * stood before and where it stands now; a stretch that only counts its articles changes only when an
 * article joins, leaves or moves. Where a transaction changed many articles (an import chunk), the
 * times are summed up as the span from the oldest to the newest, which may drop a few documents more.
 */
public final class PublicChanges {

    private static final int EXACT_UP_TO = 32;

    private final List<ArticleChanged> changes;
    private final Map<Key, Touched> touched = new HashMap<>();

    public PublicChanges(List<ArticleChanged> changes) {
        this.changes = List.copyOf(changes);
    }

    public boolean alter(Dependencies dependencies) {
        return dependencies.stretches().stream()
                .anyMatch(stretch -> touched.computeIfAbsent(new Key(stretch.listing(), stretch.content()), this::touch).within(stretch.reach()));
    }

    /** The times at which the changes touched a listing: all of them, or those that moved articles in or out or along it. */
    private Touched touch(Key key) {
        List<Instant> times = new ArrayList<>();
        for (ArticleChanged change : changes) {
            PublicPlacement before = change.placedBefore().filter(key.listing()::includes).orElse(null);
            PublicPlacement after = change.placedAfter().filter(key.listing()::includes).orElse(null);
            boolean moved = (before == null) != (after == null) || before != null && !before.publishedAt().equals(after.publishedAt());
            if (key.content() || moved) {
                if (before != null) {
                    times.add(before.publishedAt());
                }
                if (after != null) {
                    times.add(after.publishedAt());
                }
            }
        }
        return new Touched(times);
    }

    private record Key(PublicListing listing, boolean content) {

        Key {
            Objects.requireNonNull(listing);
        }
    }

    private record Touched(List<Instant> times) {

        boolean within(PublicationSpan reach) {
            if (times.size() <= EXACT_UP_TO) {
                return times.stream().anyMatch(reach::contains);
            }
            Instant oldest = times.stream().min(Instant::compareTo).orElseThrow();
            Instant newest = times.stream().max(Instant::compareTo).orElseThrow();
            return reach.newest().map(bound -> !oldest.isAfter(bound)).orElse(true)
                    && reach.oldest().map(bound -> !newest.isBefore(bound)).orElse(true);
        }
    }
}
