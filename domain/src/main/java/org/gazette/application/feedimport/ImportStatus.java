package org.gazette.application.feedimport;

import java.time.Instant;
import java.util.List;

import org.gazette.application.feedimport.ImportReport.ImageOutcome;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.application.feedimport.ImportReport.Outcome;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJob.State;

/** An import as it stands now, as the admin's screen and the API show it, with what became of each item once it finished. */
public record ImportStatus(String id, String format, String startedBy, Instant startedAt, State state, int done, int total, String failure,
        int created, int updated, int unchanged, int rejected, int skipped, List<ItemOutcome> items, boolean copiesImages,
        String oldSite, List<ImageOutcome> images) {

    static ImportStatus of(ImportJob job, Instant now) {
        State state = job.stateAt(now);
        List<ItemOutcome> items = state == State.FINISHED ? job.items().stream()
                .map(item -> new ItemOutcome(item.guid(), item.slug(), Outcome.valueOf(item.outcome()), item.reason())).toList() : List.of();
        List<ImageOutcome> images = state == State.FINISHED ? job.images().stream()
                .map(image -> new ImageOutcome(image.sourceUrl(), image.address(), image.copied(), image.reason())).toList() : List.of();
        return new ImportStatus(job.id(), job.format(), job.startedBy(), job.startedAt(), state, job.done(), job.total(), job.failure(), job.created(),
                job.updated(), job.unchanged(), job.rejected(), job.skipped(), items, job.copiesImages(), job.oldSite(), images);
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
