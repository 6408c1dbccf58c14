package org.gazette.feed.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.gazette.application.AuditTrail;
import org.gazette.domain.audit.AuditAction;
import org.gazette.http.Callers;
import org.gazette.http.DocumentCache;

/**
 * {@code GET /feed/api/v1/cache}: how the document cache is doing, for administrators and
 * benchmarks: hits, misses and render time by kind of document, and how much it holds of its bound.
 * {@code DELETE} empties it, so the next reader of every document gets it rendered afresh.
 */
@Path("v1/cache")
@RequestScoped
public class CacheResource {

    @Inject
    DocumentCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentCache.Statistics statistics() {
        return cache.statistics();
    }

    @DELETE
    public void empty() {
        cache.invalidateAll();
        callers.of(request).ifPresent(administrator -> audit.record(administrator, AuditAction.CACHE_EMPTIED, null, "page cache", null));
    }
}
