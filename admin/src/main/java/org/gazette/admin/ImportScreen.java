package org.gazette.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.gazette.application.feedimport.ImportJobs;
import org.gazette.application.feedimport.ImportOptions;
import org.gazette.application.feedimport.ImportRunner;
import org.gazette.application.feedimport.ImportStatus;
import org.gazette.domain.RuleViolation;

/**
 * The import screen: upload a feed or an export, choose whether to copy its images, follow the import item by item, read its report.
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

    private String jobId;
    private transient Part file;
    private boolean copyImages;
    private String oldSite;
    private transient ImportStatus shown;
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
            jobId = runner.start(runner.readDocument(content), new ImportOptions(copyImages, oldSite), user.actor());
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
    public ImportStatus getJob() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (jobId != null && shownFor != request) {
            shown = jobs.find(jobId, user.actor()).orElse(null);
            shownFor = request;
        }
        return jobId == null ? null : shown;
    }

    public List<ImportStatus> getNewest() {
        return jobs.newest(user.actor());
    }

    public boolean isRunning() {
        ImportStatus job = getJob();
        return job != null && job.running();
    }

    public int getMaxDocumentBytes() {
        return runner.documentLimitBytes();
    }

    public boolean isCopyImages() {
        return copyImages;
    }

    public void setCopyImages(boolean copyImages) {
        this.copyImages = copyImages;
    }

    public String getOldSite() {
        return oldSite;
    }

    public void setOldSite(String oldSite) {
        this.oldSite = oldSite;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
