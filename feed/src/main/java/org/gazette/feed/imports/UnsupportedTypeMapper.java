package org.gazette.feed.imports;

import java.util.Map;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Tells a client that sent the wrong Content-Type, or none, which ones the API reads, instead of a server error page. */
@Provider
public class UnsupportedTypeMapper implements ExceptionMapper<NotSupportedException> {

    @Override
    public Response toResponse(NotSupportedException unsupported) {
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "Send a feed or a WordPress export with a Content-Type of application/rss+xml, application/atom+xml or application/xml, or a Ghost export as application/json."))
                .build();
    }
}
