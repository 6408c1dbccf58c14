package org.gazette.feed.imports;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.gazette.application.Actor;
import org.gazette.application.feedimport.FeedImport;
import org.gazette.application.feedimport.ImportReport;
import org.gazette.domain.user.Role;

/**
 * {@code POST /feed/api/v1/import}: an editor or administrator sends an RSS or Atom document and gets
 * the import's report back as JSON.
 */
@Path("v1/import")
@RequestScoped
public class ImportResource {

    @Inject
    FeedImport feedImport;

    @Context
    SecurityContext security;

    @POST
    @Consumes({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importFeed(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream document) throws IOException {
        if (contentType == null || contentType.isBlank()) {
            // JAX-RS takes a body without a type for any type; a client that names none may not know what it sends.
            throw new NotSupportedException();
        }
        return feedImport.importFeed(FeedReader.read(read(document)), caller(), FeedImport.Progress.NONE);
    }

    /** The signed-in user with the highest of their roles, as the import service weighs them. */
    private Actor caller() {
        String name = security.getUserPrincipal().getName();
        return Actor.withHighestRole(name, security::isUserInRole).orElseGet(() -> new Actor(name, Role.CONTRIBUTOR));
    }

    private static byte[] read(InputStream document) throws IOException {
        try {
            return FeedImport.readDocument(document);
        } catch (FeedImport.TooLarge refused) {
            throw new RefusedDocument(413, refused.getMessage());
        }
    }
}
