package org.gazette.feed.operations;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.application.NotPermitted;
import org.gazette.domain.RuleViolation;
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
    public Response download() {
        AuditDownload.Asked asked;
        try {
            asked = AuditDownload.asked(request::getParameter);
        } catch (RuleViolation wrong) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", wrong.getMessage())).build();
        }
        Actor administrator = callers.of(request).orElseThrow(() -> new NotPermitted("Sign in as an administrator."));
        StreamingOutput body = out -> AuditDownload.write(audit, asked.filter(), asked.format(), administrator, out);
        return Response.ok(body, asked.format().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asked.format().fileName() + "\"").build();
    }
}
