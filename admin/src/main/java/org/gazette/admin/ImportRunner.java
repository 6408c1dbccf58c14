package org.gazette.admin;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.Actor;
import org.gazette.application.feedimport.FeedDocuments;
import org.gazette.application.feedimport.FeedImport;
import org.gazette.application.feedimport.ImportInterrupted;
import org.gazette.application.feedimport.ImportJobs;
import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.domain.RuleViolation;

/**
 * Runs imports in the background on this server, recording each in {@link ImportJobs}, so the
 * import screen of any server can show its progress and report. The document is read at once: a
 * refused one is told straight away and starts nothing.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final long HEARTBEAT_SECONDS = 5;

    @EJB(lookup = FeedDocuments.LOOKUP)
    FeedDocuments documents;

    @Inject
    FeedImport feedImport;

    @Inject
    ImportJobs jobs;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Starts importing a document; answers the job's id. */
    public String start(byte[] document, Actor actor) {
        ImportedFeed feed = documents.read(document);
        String id = jobs.open(document, feed.items().size(), actor).id();
        run(id, feed, actor);
        return id;
    }

    /** Imports an interrupted job's document again, here: what it wrote stays, the rest is created. */
    public void resume(String id, Actor actor) {
        run(id, documents.read(jobs.resume(id, actor)), actor);
    }

    private void run(String id, ImportedFeed feed, Actor actor) {
        executor.submit(() -> {
            // A chunk can take longer than the silence after which a job counts as cut off.
            ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> jobs.alive(id), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
            try {
                jobs.finished(id, feedImport.importFeed(feed, actor, (done, total) -> jobs.progressed(id, done)));
            } catch (RuleViolation refused) {
                jobs.failed(id, refused.getMessage());
            } catch (ImportInterrupted interrupted) {
                jobs.failed(id, interrupted.getMessage());
                LOG.log(Level.WARNING, "A feed import was interrupted; what it wrote stays.", interrupted);
            } catch (RuntimeException broken) {
                jobs.failed(id, "The import stopped: " + broken.getMessage());
                LOG.log(Level.SEVERE, "A feed import failed.", broken);
            } finally {
                heartbeat.cancel(false);
            }
        });
    }
}
