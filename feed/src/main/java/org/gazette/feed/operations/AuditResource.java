package org.gazette.feed.operations;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.application.NotPermitted;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditRepository.AuditFilter;
import org.gazette.http.AuditDownload;
import org.gazette.http.Callers;

/**
 * {@code GET /feed/api/v1/audit?format=csv|json&user=&action=&subject=&from=&to=}: the audit trail
 * for an administrator's script, newest first, streamed. A wrong filter is a 400 that names it.
 */
@Path("v1/audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;

    @GET
    public Response download(@QueryParam("format") String format, @QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditDownload.Format chosen;
        AuditFilter filter;
        try {
            chosen = AuditDownload.Format.named(format == null ? "json" : format);
            filter = AuditDownload.filter(user, action, subject, from, to);
        } catch (RuleViolation wrong) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", wrong.getMessage())).build();
        }
        Actor administrator = callers.of(request).orElseThrow(() -> new NotPermitted("Sign in as an administrator."));
        StreamingOutput body = out -> AuditDownload.write(audit, filter, chosen, administrator, out);
        return Response.ok(body, chosen.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName() + "\"").build();
    }
}
