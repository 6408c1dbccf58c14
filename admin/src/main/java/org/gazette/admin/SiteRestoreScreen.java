package org.gazette.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.gazette.application.sitearchive.SiteRestore;
import org.gazette.application.sitearchive.SiteRestore.Contents;
import org.gazette.domain.RuleViolation;
import org.gazette.http.RestoreReport;
import org.gazette.http.SpooledSiteArchive;

/**
 * Restores a site archive from the settings screen, into a new installation: the archive is checked
 * whole, and refused with the reason before anything is written; otherwise the screen shows the
 * report of every chunk written and the result.
 */
@Named
@RequestScoped
public class SiteRestoreScreen {

    @Inject
    SiteRestore restore;

    @Inject
    SignedInUser user;

    private Part archive;
    private List<String> report = List.of();

    public String restore() throws IOException {
        if (archive == null || archive.getSize() == 0) {
            Messages.error("Choose a site archive (the .zip file a backup downloads) to restore.");
            return null;
        }
        try (InputStream upload = archive.getInputStream()) {
            SpooledSiteArchive spooled = SpooledSiteArchive.spool(upload);
            Contents contents;
            try {
                contents = restore.check(spooled, user.actor());
            } catch (RuntimeException refused) {
                spooled.close();
                throw refused;
            }
            StringWriter lines = new StringWriter();
            RestoreReport.run(restore, spooled, contents, user.actor(), new PrintWriter(lines));
            report = lines.toString().lines().toList();
            String result = report.get(report.size() - 1);
            if (result.startsWith("Restored")) {
                Messages.info(result);
            } else {
                Messages.error(result);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
        }
        return null;
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }

    /** What the restore wrote, chunk by chunk, and its result. */
    public List<String> getReport() {
        return report;
    }
}
