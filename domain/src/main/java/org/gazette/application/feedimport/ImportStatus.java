package org.gazette.application.feedimport;

import java.time.Instant;
import java.util.List;

import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.application.feedimport.ImportReport.Outcome;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJob.State;

/** An import as it stands now, as the admin's screen and the API show it, with what became of each item once it finished. */
public record ImportStatus(String id, String startedBy, Instant startedAt, State state, int done, int total, String failure,
        int created, int updated, int unchanged, int rejected, int skipped, List<ItemOutcome> items) {

    static ImportStatus of(ImportJob job, Instant now) {
        State state = job.stateAt(now);
        List<ItemOutcome> items = state == State.FINISHED ? job.items().stream()
                .map(item -> new ItemOutcome(item.guid(), item.slug(), Outcome.valueOf(item.outcome()), item.reason())).toList() : List.of();
        return new ImportStatus(job.id(), job.startedBy(), job.startedAt(), state, job.done(), job.total(), job.failure(), job.created(),
                job.updated(), job.unchanged(), job.rejected(), job.skipped(), items);
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

    public boolean interrupted() {
        return state == State.INTERRUPTED;
    }
}
