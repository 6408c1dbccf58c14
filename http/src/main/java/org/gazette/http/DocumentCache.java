package org.gazette.http;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.gazette.application.ArticleChanged;

/**
 * Rendered documents in memory, bounded in bytes. A request for a cached document never queries the
 * database or renders; when many requests miss the same document at once, one renders and the others
 * wait for it. Documents that name nothing are never stored. A change drops only the documents it
 * alters ({@link PublicChanges}); documents still rendering when a change arrives are dropped too, as
 * they may have read what was there before.
 *
 * <p>The store is one for the application: both WARs load this class from the EAR's library, so a
 * change made through any WAR reaches the documents of all of them.
 */
@ApplicationScoped
public class DocumentCache {

    private static final Logger LOG = Logger.getLogger(DocumentCache.class.getName());
    private static final Store STORE = new Store(CacheSettings.maximumBytes());

    @Inject
    GazetteMetrics metrics;

    /**
     * The document at this key: from memory, or rendered now by {@code render}, or by another request
     * rendering it at this moment. {@code render} answers empty for what must not be cached (nothing
     * there, a personal answer); the caller then answers itself.
     */
    public Served serve(DocumentKind kind, String key, Renderer render) throws IOException, ServletException {
        long start = System.nanoTime();
        Served served = STORE.serve(kind, key, render);
        metrics.served(kind, served.rendered(), Duration.ofNanos(System.nanoTime() - start));
        return served;
    }

    /** Drops what these changes of one transaction alter. */
    public void invalidate(List<ArticleChanged> changes) {
        STORE.invalidate(new PublicChanges(changes));
    }

    /** Drops everything, as a change of the site's settings requires. */
    public void invalidateAll() {
        STORE.documents.synchronous().invalidateAll();
    }

    public Statistics statistics() {
        return STORE.statistics();
    }

    /** Renders a document for the cache, or says it is not to be cached; a page renders through the servlet chain. */
    @FunctionalInterface
    public interface Renderer {

        Optional<Cacheable> render() throws IOException, ServletException;
    }

    /** A document with what it shows, which tells what alters it. */
    public record Cacheable(RenderedDocument document, Dependencies dependencies) {
    }

    /** What a request got: the document (none when there is nothing to cache), and whether it was rendered for it. */
    public record Served(Optional<RenderedDocument> document, boolean rendered) {
    }

    /** Hits and misses of one kind of document since the start. */
    public record Counts(long hits, long misses, long renderNanos) {
    }

    /** The cache as a whole: counts by kind, and how many documents and bytes it holds. */
    public record Statistics(Map<DocumentKind, Counts> byKind, long documents, long bytes, long maximumBytes) {
    }

    private static final class Store {

        final AsyncCache<String, Cacheable> documents;
        final long maximumBytes;
        final Map<DocumentKind, LongAdder[]> counts = new EnumMap<>(DocumentKind.class);

        Store(long maximumBytes) {
            this.maximumBytes = maximumBytes;
            // Upkeep runs in the request that causes it, not on a pool the container does not manage.
            this.documents = Caffeine.newBuilder().maximumWeight(maximumBytes).executor(Runnable::run)
                    .weigher((String key, Cacheable cached) -> weight(key, cached)).buildAsync();
            for (DocumentKind kind : DocumentKind.values()) {
                counts.put(kind, new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
            }
            LOG.info(() -> "GAZETTE-1501 Gazette document cache: up to " + maximumBytes / (1024 * 1024) + " MB.");
        }

        private static int weight(String key, Cacheable cached) {
            RenderedDocument document = cached.document();
            long bytes = 2L * key.length() + document.identity().length + document.gzip().length + 64L * cached.dependencies().stretches().size() + 256;
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }

        Served serve(DocumentKind kind, String key, Renderer render) throws IOException, ServletException {
            CompletableFuture<Cacheable> mine = new CompletableFuture<>();
            CompletableFuture<Cacheable> found = documents.asMap().putIfAbsent(key, mine);
            if (found == null) {
                return renderInto(mine, kind, render);
            }
            Cacheable cached = awaited(found);
            if (cached != null) {
                counts.get(kind)[0].increment();
                return new Served(Optional.of(cached.document()), false);
            }
            // What the other request rendered was not for keeping; this one answers for itself.
            return new Served(render.render().map(Cacheable::document), true);
        }

        private Served renderInto(CompletableFuture<Cacheable> mine, DocumentKind kind, Renderer render) throws IOException, ServletException {
            long start = System.nanoTime();
            try {
                Optional<Cacheable> rendered = render.render();
                // Completing with null tells the cache to forget the key: nothing is kept for what names nothing.
                mine.complete(rendered.orElse(null));
                return new Served(rendered.map(Cacheable::document), true);
            } catch (Exception | Error failed) {
                mine.completeExceptionally(failed);
                throw failed;
            } finally {
                LongAdder[] kindCounts = counts.get(kind);
                kindCounts[1].increment();
                kindCounts[2].add(System.nanoTime() - start);
            }
        }

        private static Cacheable awaited(CompletableFuture<Cacheable> future) {
            try {
                return future.join();
            } catch (CompletionException | CancellationException failedElsewhere) {
                return null;
            }
        }

        void invalidate(PublicChanges changes) {
            documents.asMap().entrySet().removeIf(entry -> {
                CompletableFuture<Cacheable> future = entry.getValue();
                if (!future.isDone() || future.isCompletedExceptionally()) {
                    return true;
                }
                Cacheable cached = future.getNow(null);
                return cached != null && changes.alter(cached.dependencies());
            });
        }

        Statistics statistics() {
            documents.synchronous().cleanUp();
            Map<DocumentKind, Counts> byKind = new EnumMap<>(DocumentKind.class);
            counts.forEach((kind, adders) -> byKind.put(kind, new Counts(adders[0].sum(), adders[1].sum(), adders[2].sum())));
            long bytes = documents.synchronous().policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
            return new Statistics(byKind, documents.synchronous().estimatedSize(), bytes, maximumBytes);
        }
    }
}
