package org.gazette.feed.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.gazette.application.Actor;
import org.gazette.application.NotPermitted;
import org.gazette.application.sitearchive.SiteNotEmpty;
import org.gazette.application.sitearchive.SiteRestore;
import org.gazette.application.sitearchive.SiteRestore.Contents;
import org.gazette.domain.RuleViolation;
import org.gazette.http.Callers;
import org.gazette.http.RestoreReport;
import org.gazette.http.SiteArchiveFile;
import org.gazette.http.SpooledSiteArchive;

/**
 * {@code POST /feed/api/v1/restore} with a site archive as the body: checks the whole archive and that
 * the site is empty, answering 400 or 409 with the reason and writing nothing when either fails;
 * then restores it, answering with a line of progress per chunk and the result last.
 */
@Path("v1/restore")
@RequestScoped
public class RestoreResource {

    @Inject
    SiteRestore restore;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes({SiteArchiveFile.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    public Response restore(InputStream upload) throws IOException {
        Actor administrator = callers.of(request).orElseThrow(() -> new NotPermitted("Sign in as an administrator."));
        administrator.requireAdministrator("restore the site");
        SpooledSiteArchive archive;
        Contents contents;
        try {
            archive = SpooledSiteArchive.spool(upload);
        } catch (RuleViolation damaged) {
            return refused(Response.Status.BAD_REQUEST, damaged);
        }
        try {
            contents = restore.check(archive, administrator);
        } catch (RuleViolation refusal) {
            archive.close();
            return refused(refusal instanceof SiteNotEmpty ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, refusal);
        } catch (RuntimeException failed) {
            archive.close();
            throw failed;
        }
        StreamingOutput report = out -> RestoreReport.run(restore, archive, contents, administrator,
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(report, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    private static Response refused(Response.Status status, RuleViolation reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", reason.getMessage())).build();
    }
}
