package org.gazette.feed.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.gazette.application.Actor;
import org.gazette.application.feedimport.FeedImport;
import org.gazette.application.feedimport.ImportJobs;
import org.gazette.application.feedimport.ImportOptions;
import org.gazette.application.feedimport.ImportRunner;
import org.gazette.application.feedimport.ImportStatus;
import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.user.Role;
import org.gazette.http.Callers;

/**
 * The import API, for editors and administrators. {@code POST /feed/api/v1/import} takes an RSS or
 * Atom document, a WordPress export or a Ghost export, and answers the import's report as JSON once it is
 * done ({@code ?copyImages=true} copies the old site's images into the media library first, and
 * {@code ?oldSite=https://...} names the site a Ghost export comes from); with
 * {@code Prefer: respond-async} it answers {@code 202} at once, with the job's address under
 * {@code /feed/api/v1/imports/} to follow from any server. Every import is recorded as a job, so one
 * whose server died shows as interrupted there and can be resumed.
 */
@Path("v1")
@RequestScoped
public class ImportResource {

    private static final String RESPOND_ASYNC = "respond-async";

    @Inject
    ImportRunner runner;

    @Inject
    ImportJobs jobs;

    @Context
    HttpServletRequest request;

    @Inject
    Callers callers;

    @Context
    UriInfo address;

    @POST
    @Path("import")
    @Consumes({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFeed(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam("Prefer") String prefer,
            @QueryParam("copyImages") boolean copyImages, @QueryParam("oldSite") String oldSite, InputStream body) throws IOException {
        requireType(contentType);
        ImportOptions options = options(copyImages, oldSite);
        byte[] document = read(body);
        ImportedFeed feed = FeedReader.read(document, options.oldSite());
        if (prefer != null && prefer.toLowerCase().contains(RESPOND_ASYNC)) {
            return accepted(runner.start(document, feed, options, caller()));
        }
        return Response.ok(runner.importNow(document, feed, options, caller())).build();
    }

    /** The newest imports, newest first. */
    @GET
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImportStatus> newest() {
        return jobs.newest(caller());
    }

    @GET
    @Path("imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportStatus job(@PathParam("id") String id) {
        return jobs.find(id, caller()).orElseThrow(() -> new NotFoundException("There is no import " + id + "."));
    }

    /** Resumes an interrupted import on this server; a JSON body (even {@code {}}) is asked for, so no HTML form can send this. */
    @POST
    @Path("imports/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @PathParam("id") String id) {
        requireType(contentType);
        job(id);
        try {
            runner.resume(id, caller());
        } catch (RuleViolation notInterrupted) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", notInterrupted.getMessage())).build();
        }
        return accepted(id);
    }

    private static ImportOptions options(boolean copyImages, String oldSite) {
        try {
            return new ImportOptions(copyImages, oldSite);
        } catch (RuleViolation wrong) {
            throw new RefusedDocument(400, wrong.getMessage());
        }
    }

    private Response accepted(String id) {
        URI job = address.getBaseUriBuilder().path(ImportResource.class).path("imports/{id}").build(id);
        return Response.accepted(job(id)).location(job).build();
    }

    /** JAX-RS takes a body without a type for any type; a client that names none may not know what it sends. */
    private static void requireType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new NotSupportedException();
        }
    }

    /** The signed-in user with the highest of their roles, as the import service weighs them. */
    private Actor caller() {
        return callers.of(request).orElseGet(() -> new Actor(request.getUserPrincipal().getName(), Role.CONTRIBUTOR, callers.address(request)));
    }

    private byte[] read(InputStream document) throws IOException {
        try {
            return runner.readDocument(document);
        } catch (FeedImport.TooLarge refused) {
            throw new RefusedDocument(413, refused.getMessage());
        }
    }
}
