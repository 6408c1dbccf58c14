package org.gazette.application.feedimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.gazette.application.Actor;
import org.gazette.application.InstallationEnvironment;
import org.gazette.domain.RuleViolation;

/**
 * Runs imports on this server, each recorded in {@link ImportJobs}, so any server of a cluster can
 * show its progress and report, and resume it once the server running it has died. The document is
 * read before anything is recorded: a refused one starts nothing. The admin's screen and the HTTP
 * API both import through here.
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

    @Inject
    InstallationEnvironment environment;

    @Inject
    Event<ImportReport> finished;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Reads an uploaded feed document up to the import limit, {@code GAZETTE_IMPORT_MB}. */
    public byte[] readDocument(InputStream upload) throws IOException {
        return FeedImport.readDocument(upload, documentLimitBytes());
    }

    public int documentLimitBytes() {
        return environment.importLimitBytes();
    }

    /** Starts importing a document in the background, as the options say; answers the job's id. */
    public String start(byte[] document, ImportOptions options, Actor actor) {
        return start(document, documents.read(document, options.oldSite()), options, actor);
    }

    /** Starts importing a document already read into {@code feed}; answers the job's id. */
    public String start(byte[] document, ImportedFeed feed, ImportOptions options, Actor actor) {
        String id = jobs.open(document, feed, options, actor).id();
        executor.submit(() -> runLogged(id, feed, options.copyImages(), actor));
        return id;
    }

    /** Imports a document already read into {@code feed} here and now, for a caller that waits for the report. */
    public ImportReport importNow(byte[] document, ImportedFeed feed, ImportOptions options, Actor actor) {
        return run(jobs.open(document, feed, options, actor).id(), feed, options.copyImages(), actor);
    }

    /** Imports an interrupted job's document again, with its options, in the background: what it wrote stays, the rest is created. */
    public void resume(String id, Actor actor) {
        ImportJobs.Resumed resumed = jobs.resume(id, actor);
        ImportedFeed feed = documents.read(resumed.document(), resumed.options().oldSite());
        executor.submit(() -> runLogged(id, feed, resumed.options().copyImages(), actor));
    }

    private void runLogged(String id, ImportedFeed feed, boolean copyImages, Actor actor) {
        try {
            run(id, feed, copyImages, actor);
        } catch (RuleViolation refused) {
            LOG.info(() -> "GAZETTE-1301 A feed import was refused: " + refused.getMessage());
        } catch (ImportInterrupted interrupted) {
            LOG.log(Level.WARNING, "GAZETTE-1302 A feed import was interrupted; what it wrote stays.", interrupted);
        } catch (RuntimeException broken) {
            LOG.log(Level.SEVERE, "GAZETTE-1303 A feed import failed.", broken);
        }
    }

    /** Imports and records the outcome, whatever it is, before passing on a failure. */
    private ImportReport run(String id, ImportedFeed feed, boolean copyImages, Actor actor) {
        // A chunk can take longer than the silence after which a job counts as cut off.
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> jobs.alive(id), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        try {
            ImportReport report = feedImport.importFeed(feed, copyImages, actor, (done, total) -> jobs.progressed(id, done));
            jobs.finished(id, report);
            finished.fire(report);
            return report;
        } catch (RuleViolation | ImportInterrupted refused) {
            jobs.failed(id, refused.getMessage());
            throw refused;
        } catch (RuntimeException broken) {
            jobs.failed(id, "The import stopped: " + broken.getMessage());
            throw broken;
        } finally {
            heartbeat.cancel(false);
        }
    }
}
