package org.gazette.application.feedimport;

import java.time.Instant;
import java.util.List;

import org.gazette.application.feedimport.ImportReport.ImageOutcome;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.application.feedimport.ImportReport.Outcome;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJob.State;

/**
 * An import as it stands now, as the admin's screen and the API show it, with what became of each
 * item and image once it finished; a summary, as lists of imports show it, leaves those out.
 */
public record ImportStatus(String id, String format, String startedBy, Instant startedAt, State state, int done, int total, String failure,
        int created, int updated, int unchanged, int rejected, int skipped, List<ItemOutcome> items, boolean copiesImages,
        String oldSite, List<ImageOutcome> images) {

    /** The job without its items and images, which can be thousands: what a list of jobs needs. */
    static ImportStatus summaryOf(ImportJob job, Instant now) {
        return new ImportStatus(job.id(), job.format(), job.startedBy(), job.startedAt(), job.stateAt(now), job.done(), job.total(), job.failure(),
                job.created(), job.updated(), job.unchanged(), job.rejected(), job.skipped(), List.of(), job.copiesImages(), job.oldSite(), List.of());
    }

    static ImportStatus of(ImportJob job, Instant now) {
        ImportStatus summary = summaryOf(job, now);
        if (summary.state != State.FINISHED) {
            return summary;
        }
        return summary.withOutcomes(job.items().stream()
                .map(item -> new ItemOutcome(item.guid(), item.slug(), Outcome.valueOf(item.outcome()), item.reason())).toList(),
                job.images().stream().map(image -> new ImageOutcome(image.sourceUrl(), image.address(), image.copied(), image.reason())).toList());
    }

    private ImportStatus withOutcomes(List<ItemOutcome> itemOutcomes, List<ImageOutcome> imageOutcomes) {
        return new ImportStatus(id, format, startedBy, startedAt, state, done, total, failure, created, updated, unchanged, rejected, skipped,
                itemOutcomes, copiesImages, oldSite, imageOutcomes);
    }

    public String stateInWords() {
        return state.name().toLowerCase();
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean finished() {
        return state == State.FINISHED;
    }

    public int imagesCopied() {
        return (int) images.stream().filter(ImageOutcome::copied).count();
    }

    /** The images that could not be copied, which their articles still show from the old site. */
    public List<ImageOutcome> imagesNotCopied() {
        return images.stream().filter(image -> !image.copied()).toList();
    }

    public boolean interrupted() {
        return state == State.INTERRUPTED;
    }
}
