package org.gazette.application.feedimport;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.application.NotPermitted;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.importjob.ImportDocument;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJobImage;
import org.gazette.domain.importjob.ImportJobItem;
import org.gazette.domain.importjob.ImportJobRepository;
import org.gazette.domain.user.Role;

/**
 * The record of imports, in the database, so every server of a cluster can show one and resume it
 * once the server running it has died. Each step is a transaction of
 * its own: what the screen shows is what was committed.
 */
@ApplicationScoped
@Transactional
public class ImportJobs {

    /** How many of the newest jobs the import screen lists. */
    public static final int LISTED = 10;

    @Inject
    ImportJobRepository jobs;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Records an import about to start, with its document as read into {@code feed} and its options, for an editor or administrator. */
    public ImportJob open(byte[] document, ImportedFeed feed, ImportOptions options, Actor actor) {
        requireEditor(actor);
        int total = feed.items().size();
        ImportJob job = new ImportJob(total, feed.format(), options.copyImages(), options.oldSite(), actor.username(), clock.instant());
        jobs.add(job, new ImportDocument(job, document));
        audit.record(actor, AuditAction.IMPORT_STARTED, job.id(), "import of " + total + " items", document.length + " bytes");
        return job;
    }

    public void alive(String id) {
        job(id).alive(clock.instant());
    }

    public void progressed(String id, int done) {
        job(id).progressed(done, clock.instant());
    }

    public void finished(String id, ImportReport report) {
        List<ImportJobItem> items = report.items().stream()
                .map(item -> new ImportJobItem(item.guid(), item.slug(), item.outcome().name(), item.reason())).toList();
        List<ImportJobImage> images = report.images().stream()
                .map(image -> new ImportJobImage(image.source(), image.address(), image.copied(), image.reason())).toList();
        job(id).finished(report.created(), report.updated(), report.unchanged(), report.rejected(), report.skipped(), items, images,
                clock.instant());
        audit.recordBySystem(AuditAction.IMPORT_FINISHED, id, "import of " + report.items().size() + " items", report.created() + " created, "
                + report.updated() + " updated, " + report.unchanged() + " unchanged, " + report.rejected() + " rejected, " + report.skipped() + " skipped"
                + (report.images().isEmpty() ? "" : "; " + report.imagesCopied() + " images copied, " + report.imagesFailed() + " not"));
    }

    public void failed(String id, String why) {
        job(id).failed(why, clock.instant());
        audit.recordBySystem(AuditAction.IMPORT_FINISHED, id, "import", "failed: " + why);
    }

    /** An editor starts an interrupted job again; answers its document, to be imported once more as it was the first time. */
    public Resumed resume(String id, Actor actor) {
        requireEditor(actor);
        ImportJob job = job(id);
        job.resume(clock.instant());
        audit.record(actor, AuditAction.IMPORT_RESUMED, id, "import", null);
        return new Resumed(jobs.documentOf(job).orElseThrow(() -> new RuleViolation("The document of import " + id + " is gone.")).bytes(),
                new ImportOptions(job.copiesImages(), job.oldSite()));
    }

    /** An interrupted job's document and the options it was started with. */
    public record Resumed(byte[] document, ImportOptions options) {
    }

    public Optional<ImportStatus> find(String id, Actor actor) {
        requireEditor(actor);
        return jobs.find(id).map(job -> ImportStatus.of(job, clock.instant()));
    }

    /** The newest jobs, newest first, without their items: each job's own address has those. */
    public List<ImportStatus> newest(Actor actor) {
        requireEditor(actor);
        return jobs.newest(LISTED).stream().map(job -> ImportStatus.summaryOf(job, clock.instant())).toList();
    }

    private ImportJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new RuleViolation("There is no import " + id + "."));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may import feeds.");
        }
    }
}
