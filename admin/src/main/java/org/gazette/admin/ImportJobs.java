package org.gazette.admin;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.Actor;
import org.gazette.application.feedimport.FeedDocuments;
import org.gazette.application.feedimport.FeedImport;
import org.gazette.application.feedimport.ImportInterrupted;
import org.gazette.application.feedimport.ImportReport;
import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.domain.RuleViolation;

/**
 * Runs imports in the background, so the import screen can show progress while a long feed is
 * written. The document is read at once: a refused one is told straight away and starts nothing.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @EJB(lookup = FeedDocuments.LOOKUP)
    FeedDocuments documents;

    @Inject
    FeedImport feedImport;

    @Resource
    ManagedExecutorService executor;

    public Job start(byte[] document, Actor actor) {
        ImportedFeed feed = documents.read(document);
        Job job = new Job(feed.items().size());
        executor.submit(() -> job.run(() -> feedImport.importFeed(feed, actor, job::itemDone)));
        return job;
    }

    /** One import as the screen follows it: items done so far, then the report or why it failed. */
    public static final class Job {

        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile ImportReport report;
        private volatile String failure;

        Job(int total) {
            this.total = total;
        }

        void run(Supplier<ImportReport> importing) {
            try {
                report = importing.get();
            } catch (RuleViolation refused) {
                failure = refused.getMessage();
            } catch (ImportInterrupted interrupted) {
                failure = interrupted.getMessage();
                LOG.log(Level.WARNING, "A feed import was interrupted; what it wrote stays.", interrupted);
            } catch (RuntimeException broken) {
                failure = "The import stopped: " + broken.getMessage();
                LOG.log(Level.SEVERE, "A feed import failed.", broken);
            }
        }

        void itemDone(int doneSoFar, int of) {
            done.set(doneSoFar);
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return report != null || failure != null;
        }

        public ImportReport report() {
            return report;
        }

        public String failure() {
            return failure;
        }
    }
}
