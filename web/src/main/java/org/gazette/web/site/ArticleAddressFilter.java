package org.gazette.web.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every article its address at the site root, {@code /{slug}}, and tags and authors theirs at
 * {@code /tags/{slug}} and {@code /authors/{slug}}, by forwarding to their views. Paths with a dot
 * (files) and the site's own sections pass through untouched.
 */
public class ArticleAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE_SEGMENT = Pattern.compile("/([^/.]+)");
    private static final Pattern LISTING = Pattern.compile("/(tags|authors)/([^/.]+)");
    private static final Set<String> SECTIONS = Set.of("admin", "static", "feed", "tags", "authors");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher article = ONE_SEGMENT.matcher(path);
        Matcher listing = LISTING.matcher(path);
        if (article.matches() && !SECTIONS.contains(article.group(1))) {
            forward(request, response, "/article.xhtml", article.group(1));
        } else if (listing.matches()) {
            forward(request, response, "/" + listing.group(1) + ".xhtml", listing.group(2));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view, String slug)
            throws IOException, ServletException {
        request.setAttribute(ArticlePage.SLUG_ATTRIBUTE, URLDecoder.decode(slug, StandardCharsets.UTF_8));
        request.getRequestDispatcher(view).forward(request, response);
    }
}
