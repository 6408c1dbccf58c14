package org.gazette.feed.imports;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused document with its status and a JSON body that names the problem. */
@Provider
public class RefusedDocumentMapper implements ExceptionMapper<RefusedDocument> {

    @Override
    public Response toResponse(RefusedDocument refused) {
        return Response.status(refused.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", refused.getMessage()))
                .build();
    }
}
