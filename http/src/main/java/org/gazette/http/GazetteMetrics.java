package org.gazette.http;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import org.gazette.application.ArticleChanged;
import org.gazette.application.DatabaseUse;
import org.gazette.application.InstallationEnvironment;
import org.gazette.application.SignInFailed;
import org.gazette.application.feedimport.ImportReport;

/**
 * Gazette's metrics, in the application's registry, which Payara Server serves at {@code /metrics/}
 * in the Prometheus text format; the one place that knows their names. The services announce what
 * happened as events, which this counts. Counters count on the server where the thing
 * happened, so a cluster's figure is the sum over its servers. Publications are counted once their
 * transaction committed: a rolled-back publish published nothing.
 */
@ApplicationScoped
public class GazetteMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    DatabaseUse database;

    @Inject
    InstallationEnvironment environment;

    private final Map<DocumentKind, Counter> hits = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, Counter> misses = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, Timer> renderTimes = new EnumMap<>(DocumentKind.class);
    private final Map<ImportReport.Outcome, Counter> importItems = new EnumMap<>(ImportReport.Outcome.class);
    private Counter published;
    private Counter unpublished;
    private Counter publishedOnSchedule;
    private Counter signInFailures;
    private Counter signInWaits;
    private Counter mediaServed;

    @PostConstruct
    void register() {
        for (DocumentKind kind : DocumentKind.values()) {
            Tag tag = new Tag("kind", kind.name().toLowerCase(Locale.ROOT));
            hits.put(kind, counter("gazette.cache.hits", "Documents served from the cache, without rendering.", tag));
            misses.put(kind, counter("gazette.cache.misses", "Documents rendered because the cache did not hold them.", tag));
            renderTimes.put(kind, registry.timer(Metadata.builder().withName("gazette.cache.render")
                    .withDescription("How long rendering a document the cache did not hold took.").withUnit(MetricUnits.SECONDS).build(), tag));
        }
        for (ImportReport.Outcome outcome : ImportReport.Outcome.values()) {
            importItems.put(outcome, counter("gazette.import.items", "Feed items imported, by what became of them.",
                    new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT))));
        }
        published = counter("gazette.articles.published", "Articles that readers could not see and now can: published, by hand, on schedule or by an import.");
        unpublished = counter("gazette.articles.unpublished", "Articles that readers could see and no longer can: unpublished or trashed.");
        publishedOnSchedule = counter("gazette.articles.published.scheduled", "Articles published because their scheduled time came.");
        signInFailures = counter("gazette.signin.failures", "Sign-ins refused for a wrong username or password.");
        signInWaits = counter("gazette.signin.waits", "Failed sign-ins after which the client or its address must wait before trying again.");
        mediaServed = counter("gazette.media.served", "Images sent from the media library (not counting 304s).");
        registry.gauge(Metadata.builder().withName("gazette.database.connections.in-use")
                .withDescription("Database connections Gazette has borrowed from the pool and not given back.").build(),
                database::connectionsInUse);
        registry.gauge(Metadata.builder().withName("gazette.database.connections.max")
                .withDescription("The most connections the pool opens; in use near it means requests wait for one.").build(),
                environment::databasePoolSize);
        registry.gauge(Metadata.builder().withName("gazette.database.connections.borrowed")
                .withDescription("Database connections borrowed from the pool since the server started.").build(),
                database::connectionsBorrowed);
    }

    /** Every series exists from the start, at zero, so a scraper sees each before it first moves. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Observing creates the bean, whose construction registers the metrics.
    }

    private Counter counter(String name, String description, Tag... tags) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build(), tags);
    }

    /** A document the cache answered: from memory, or rendered in {@code took}. */
    public void served(DocumentKind kind, boolean rendered, Duration took) {
        if (rendered) {
            misses.get(kind).inc();
            renderTimes.get(kind).update(took);
        } else {
            hits.get(kind).inc();
        }
    }

    public void publishedOnSchedule(int articles) {
        publishedOnSchedule.inc(articles);
    }

    public void mediaServed() {
        mediaServed.inc();
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        if (change.placedBefore().isEmpty()) {
            published.inc();
        } else if (change.placedAfter().isEmpty()) {
            unpublished.inc();
        }
    }

    void count(@Observes ImportReport report) {
        importItems.forEach((outcome, counter) -> counter.inc(report.count(outcome)));
    }

    void count(@Observes SignInFailed failure) {
        signInFailures.inc();
        if (failure.madeToWait()) {
            signInWaits.inc();
        }
    }
}
