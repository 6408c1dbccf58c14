package org.gazette.feed;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.Reading;
import org.gazette.http.ConditionalResponse;
import org.gazette.http.DocumentCache;
import org.gazette.http.MissingDocument;

/**
 * Serves the cached feed documents. A plain servlet rather than a JAX-RS resource, because serving
 * cached bytes is the hot path, and here it is twice as fast; HEAD comes from HttpServlet for free.
 */
@WebServlet(urlPatterns = {"/rss.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/sitemaps/*", "/tags/*", "/authors/*"})
public class FeedDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedDocuments documents;

    @Inject
    transient Reading reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        DocumentCache.Served served = documents.at(path);
        if (served.document().isEmpty()) {
            MissingDocument.answer(response, reading.movedTo(request.getContextPath() + path));
            return;
        }
        ConditionalResponse.write(served, request, response);
    }
}
