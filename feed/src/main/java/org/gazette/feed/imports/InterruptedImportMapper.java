package org.gazette.feed.imports;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.gazette.application.feedimport.ImportInterrupted;

/**
 * Answers an import that stopped partway (the database went away) with 503, the reason, and the
 * report of what was written before it stopped; sending the same document again finishes it.
 */
@Provider
public class InterruptedImportMapper implements ExceptionMapper<ImportInterrupted> {

    @Override
    public Response toResponse(ImportInterrupted interrupted) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", interrupted.getMessage(), "report", interrupted.report()))
                .build();
    }
}
