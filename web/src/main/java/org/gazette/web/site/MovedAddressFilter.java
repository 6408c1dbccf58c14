package org.gazette.web.site;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.gazette.application.Reading;
import org.gazette.http.MissingDocument;

/**
 * Sends readers of an address that names nothing here on to where its content is now, when a
 * redirect is kept for it: the old site's address of an imported article, whatever its shape (a
 * date path, an {@code .html} page, a nested path). It looks only once the site has found nothing,
 * so an address that names a page costs no lookup. WordPress's short links ({@code /?p=123}) would
 * find the home page, so they are looked up first.
 */
public class MovedAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHORT_LINK = Pattern.compile("(p|page_id)=\\d{1,20}");

    @Inject
    transient Reading reading;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if ("/".equals(path) && query != null && SHORT_LINK.matcher(query).matches()) {
            Optional<String> moved = reading.movedTo(path + "?" + query);
            if (moved.isPresent()) {
                MissingDocument.answer(response, moved);
                return;
            }
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                Optional<String> moved = status == SC_NOT_FOUND ? movedTo(path, query) : Optional.empty();
                if (moved.isPresent()) {
                    MissingDocument.answer((HttpServletResponse) getResponse(), moved);
                } else if (message == null) {
                    super.sendError(status);
                } else {
                    super.sendError(status, message);
                }
            }
        });
    }

    /** Where the address led, with its query as the old site linked it, or without. */
    private Optional<String> movedTo(String path, String query) {
        return (query == null ? Optional.<String>empty() : reading.movedTo(path + "?" + query)).or(() -> reading.movedTo(path));
    }
}
