package org.gazette.web.site;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.Reading;
import org.gazette.http.ConditionalResponse;
import org.gazette.http.Dependencies;
import org.gazette.http.DocumentCache;
import org.gazette.http.DocumentKind;
import org.gazette.http.RenderedDocument;

/**
 * Public pages from memory: the first anonymous GET of a page renders it through Faces, later ones get
 * the stored bytes (gzip when accepted) with ETag, Last-Modified and 304s, until a change alters what
 * the page said it shows. Files and anything with a query other than a page's continuation pass
 * through untouched, and so does any response that is not a plain 200 HTML page.
 */
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CACHEABLE_QUERY = Pattern.compile(Pagination.BEFORE + "=[^&]{1,250}");
    private static final String[] UNCACHED_PATHS = {"/jakarta.faces.resource", "/static", "/assets", "/media", Reading.PREVIEW_PATH};

    @Inject
    transient DocumentCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CapturedResponse[] rendered = new CapturedResponse[1];
        DocumentCache.Served served = cache.serve(DocumentKind.PAGE, key.get(), () -> {
            CapturedResponse page = new CapturedResponse(response);
            rendered[0] = page;
            chain.doFilter(request, page);
            if (!page.isCacheable() || request.getSession(false) != null) {
                return Optional.empty();
            }
            Object shown = request.getAttribute(Dependencies.ATTRIBUTE);
            return Optional.of(new DocumentCache.Cacheable(RenderedDocument.of(page.text(), "text/html; charset=UTF-8", Instant.now()),
                    shown instanceof Dependencies dependencies ? dependencies : Dependencies.ANY_ARTICLE));
        });
        if (served.document().isPresent()) {
            ConditionalResponse.write(served, request, response);
        } else if (rendered[0] != null) {
            rendered[0].passOn();
        }
    }

    private static Optional<String> key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean readable = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!readable || (query != null && !CACHEABLE_QUERY.matcher(query).matches())) {
            return Optional.empty();
        }
        for (String uncached : UNCACHED_PATHS) {
            if (path.startsWith(uncached)) {
                return Optional.empty();
            }
        }
        return Optional.of(request.getContextPath() + (query == null ? path : path + "?" + query));
    }
}
