package org.gazette.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.gazette.application.feedimport.FeedImport;
import org.gazette.application.feedimport.ImportJobs;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJobItem;

/**
 * The import screen: upload an RSS or Atom file, follow the import item by item, read its report.
 * The screen holds only the job's id and reads the job from the database, so it can be followed
 * (and, once cut off, resumed) from any server, at {@code import.xhtml?job=ID}.
 */
@Named
@ViewScoped
public class ImportScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportRunner runner;

    @Inject
    ImportJobs jobs;

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    private String jobId;
    private transient Part file;
    private transient Job shown;
    private transient FacesContext shownFor;

    /** The job named in the address, when the screen was opened to follow one. */
    @PostConstruct
    void openNamedJob() {
        String named = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("job");
        jobId = named == null || named.isBlank() ? null : named;
    }

    public void start() {
        if (file == null) {
            Messages.error("Choose an RSS or Atom file to import.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            jobId = runner.start(FeedImport.readDocument(content), user.actor());
            shownFor = null;
        } catch (RuleViolation refused) {
            Messages.error("Nothing was imported from '" + file.getSubmittedFileName() + "': " + refused.getMessage());
        } catch (IOException unreadable) {
            Messages.error("The upload of '" + file.getSubmittedFileName() + "' broke off; try again.");
        }
    }

    public void resume() {
        try {
            runner.resume(jobId, user.actor());
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
        }
        // The job as read before the action (to render the button) is no longer what to show.
        shownFor = null;
    }

    /** The job followed, read once per request. */
    public Job getJob() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (jobId != null && shownFor != request) {
            shown = jobs.find(jobId, user.actor()).map(job -> Job.of(job, clock.instant())).orElse(null);
            shownFor = request;
        }
        return jobId == null ? null : shown;
    }

    public List<Job> getNewest() {
        Instant now = clock.instant();
        return jobs.newest(user.actor()).stream().map(job -> Job.of(job, now)).toList();
    }

    public boolean isRunning() {
        Job job = getJob();
        return job != null && job.state().equals("running");
    }

    public int getMaxDocumentBytes() {
        return FeedImport.MAX_DOCUMENT_BYTES;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** A job as the screen shows it: its state in words ("running", "interrupted", ...) and its report once finished. */
    public record Job(String id, String startedBy, Instant startedAt, String state, int done, int total, String failure,
            int created, int updated, int unchanged, int rejected, List<ImportJobItem> items) {

        static Job of(ImportJob job, Instant now) {
            String state = job.stateAt(now).name().toLowerCase();
            return new Job(job.id(), job.startedBy(), job.startedAt(), state, job.done(), job.total(), job.failure(), job.created(),
                    job.updated(), job.unchanged(), job.rejected(), state.equals("finished") ? job.items() : List.of());
        }

        public boolean finished() {
            return state.equals("finished");
        }

        public boolean interrupted() {
            return state.equals("interrupted");
        }
    }
}
