package org.gazette.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.gazette.application.feedimport.FeedImport;
import org.gazette.domain.RuleViolation;

/** The import screen: upload an RSS or Atom file, follow the import item by item, read its report. */
@Named
@ViewScoped
public class ImportScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportJobs jobs;

    @Inject
    SignedInUser user;

    private transient Part file;
    private transient ImportJobs.Job job;

    public void start() {
        if (file == null) {
            Messages.error("Choose an RSS or Atom file to import.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            job = jobs.start(FeedImport.readDocument(content), user.actor());
        } catch (RuleViolation refused) {
            Messages.error("Nothing was imported from '" + file.getSubmittedFileName() + "': " + refused.getMessage());
        } catch (IOException unreadable) {
            Messages.error("The upload of '" + file.getSubmittedFileName() + "' broke off; try again.");
        }
    }

    public ImportJobs.Job getJob() {
        return job;
    }

    public boolean isRunning() {
        return job != null && !job.finished();
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
}
