package org.gazette.feed.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.gazette.application.Actor;
import org.gazette.application.NotPermitted;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteExport;
import org.gazette.http.Callers;
import org.gazette.http.SiteArchiveFile;

/**
 * {@code GET /feed/api/v1/export[?passwords=true]}: the whole site as one ZIP archive, streamed, for
 * an administrator's backup script.
 */
@Path("v1/export")
@RequestScoped
public class ExportResource {

    @Inject
    SiteExport export;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;

    @GET
    public Response download(@QueryParam("passwords") boolean passwordHashes) {
        Actor administrator = callers.of(request).orElseThrow(() -> new NotPermitted("Sign in as an administrator."));
        Manifest manifest = export.begin(administrator, passwordHashes);
        StreamingOutput body = out -> SiteArchiveFile.write(export, manifest, administrator, out);
        return Response.ok(body, SiteArchiveFile.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + SiteArchiveFile.fileName(manifest) + "\"").build();
    }
}
