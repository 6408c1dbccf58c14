package org.gazette.http;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gazette.application.Actor;
import org.gazette.application.sitearchive.SiteRestore;
import org.gazette.application.sitearchive.SiteRestore.Contents;
import org.gazette.domain.RuleViolation;

/**
 * Runs a checked restore and reports it as it goes, one line per chunk written and a last line with
 * the result, for the API's caller and the admin alike. A restore that fails after it began says so
 * plainly: the site then holds part of the archive, and only a new, empty database can take it again.
 */
public final class RestoreReport {

    private static final Logger LOG = Logger.getLogger(RestoreReport.class.getName());

    private RestoreReport() {
    }

    public static void run(SiteRestore restore, SpooledSiteArchive archive, Contents contents, Actor actor, PrintWriter report) {
        LOG.info(() -> "GAZETTE-1101 " + actor.username() + " restores the site from the archive exported at " + contents.manifest().exportedAt());
        try (archive) {
            restore.restore(archive, contents, actor, (what, done, total) -> {
                report.println(what + ": " + done + " of " + total);
                report.flush();
            });
            String result = summary(contents);
            LOG.info(() -> "GAZETTE-1102 " + result);
            report.println(result);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "GAZETTE-1103 The restore failed after it began writing", failed);
            report.println("The restore failed after it began writing: " + (failed instanceof RuleViolation ? failed.getMessage() : failed)
                    + ". The site holds part of the archive; restore again into a new, empty database.");
        }
        report.flush();
    }

    /** What a finished restore wrote. */
    public static String summary(Contents contents) {
        return "Restored " + contents.articles() + " articles with " + contents.revisions() + " revisions, " + contents.redirects() + " redirects, "
                + contents.images() + " images (" + contents.files() + " files), " + contents.users() + " users, " + contents.authors()
                + " authors and " + contents.tags() + " tags from the archive exported at " + contents.manifest().exportedAt() + ".";
    }
}
