package org.gazette.domain.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.domain.RuleViolation;

/** A job that falls silent was cut off; only such a job can be resumed, and a finished one stays finished. */
class ImportJobTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aRunningJobThatFallsSilentIsInterruptedAndCanBeResumed() {
        ImportJob job = new ImportJob(4_000, "RSS 2.0", false, null, "editor", START);
        job.progressed(250, START.plusSeconds(5));
        Instant justBefore = START.plusSeconds(5).plus(ImportJob.SILENCE_BEFORE_INTERRUPTED);
        assertEquals(ImportJob.State.RUNNING, job.stateAt(justBefore), "a slow chunk is not a dead server");
        Instant after = justBefore.plusSeconds(1);
        assertEquals(ImportJob.State.INTERRUPTED, job.stateAt(after));

        job.resume(after);

        assertEquals(ImportJob.State.RUNNING, job.stateAt(after.plusSeconds(1)));
        assertEquals(250, job.done(), "what was done is still counted");
    }

    @Test
    void onlyAnInterruptedJobCanBeResumed() {
        ImportJob running = new ImportJob(10, "RSS 2.0", false, null, "editor", START);
        assertThrows(RuleViolation.class, () -> running.resume(START.plusSeconds(1)));

        ImportJob finished = new ImportJob(1, "RSS 2.0", false, null, "editor", START);
        finished.finished(1, 0, 0, 0, 0, List.of(new ImportJobItem("urn:a", "a", "CREATED", "")), List.of(), START.plusSeconds(1));
        assertEquals(ImportJob.State.FINISHED, finished.stateAt(START.plus(ImportJob.SILENCE_BEFORE_INTERRUPTED).plusSeconds(60)),
                "a finished job never turns interrupted");
        assertThrows(RuleViolation.class, () -> finished.resume(START.plusSeconds(120)));
    }
}
