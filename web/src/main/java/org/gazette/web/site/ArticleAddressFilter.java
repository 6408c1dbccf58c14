package org.gazette.web.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.Reading;
import org.gazette.domain.article.Slug;

/**
 * Gives every article its address at the site root, {@code /{slug}}, and tags and authors theirs at
 * {@code /tags/{slug}} and {@code /authors/{slug}}, the archive its {@code /archive}, {@code /archive/{year}} and
 * {@code /archive/{year}/{month}}, and private previews
 * theirs at {@code /preview/{secret}}, by forwarding
 * to their views. Paths with a dot (files) and the site's other sections pass through untouched.
 */
public class ArticleAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE_SEGMENT = Pattern.compile("/([^/.]+)");
    private static final Pattern LISTING = Pattern.compile("/(tags|authors)/([^/.]+)");
    private static final Pattern PREVIEW = Pattern.compile(Reading.PREVIEW_PATH + "([0-9a-f-]{36})");
    private static final Pattern ARCHIVE_PERIOD = Pattern.compile("/archive/(\\d{4})(?:/(0[1-9]|1[0-2]))?");
    /** The sections of the site that are a single page. */
    private static final Map<String, String> SECTION_PAGES = Map.of("archive", "/archive.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher article = ONE_SEGMENT.matcher(path);
        Matcher listing = LISTING.matcher(path);
        Matcher preview = PREVIEW.matcher(path);
        Matcher period = ARCHIVE_PERIOD.matcher(path);
        if (path.length() > 1 && path.endsWith("/") && isPageAddress(path.substring(0, path.length() - 1))) {
            // Other platforms end addresses with a slash; links to such an address lead to the one without.
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path.substring(0, path.length() - 1) + (query == null ? "" : "?" + query));
        } else if (article.matches() && Slug.SERVER_ENDPOINTS.contains(article.group(1))) {
            // The server answers these below the segment only; a probe or a person that leaves off the slash is sent there.
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path + "/");
        } else if (article.matches() && SECTION_PAGES.containsKey(article.group(1))) {
            request.getRequestDispatcher(SECTION_PAGES.get(article.group(1))).forward(request, response);
        } else if (article.matches() && !Slug.SITE_SECTIONS.contains(article.group(1))) {
            forward(request, response, "/article.xhtml", article.group(1));
        } else if (period.matches()) {
            request.setAttribute(ArchivePage.YEAR_ATTRIBUTE, period.group(1));
            if (period.group(2) != null) {
                request.setAttribute(ArchivePage.MONTH_ATTRIBUTE, period.group(2));
            }
            request.getRequestDispatcher("/archive.xhtml").forward(request, response);
        } else if (preview.matches()) {
            request.setAttribute(ArticlePage.PREVIEW_ATTRIBUTE, preview.group(1));
            request.getRequestDispatcher("/article.xhtml").forward(request, response);
        } else if (listing.matches()) {
            forward(request, response, "/" + listing.group(1) + ".xhtml", listing.group(2));
        } else if (path.endsWith(".xhtml")) {
            // Public views answer only at their clean addresses, so no page exists twice.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether the path is one of the site's pages: an article's (or an old address's), a listing's, the archive's. */
    private static boolean isPageAddress(String path) {
        Matcher segment = ONE_SEGMENT.matcher(path);
        if (segment.matches()) {
            String first = segment.group(1);
            return SECTION_PAGES.containsKey(first) || !Slug.SITE_SECTIONS.contains(first);
        }
        return LISTING.matcher(path).matches() || ARCHIVE_PERIOD.matcher(path).matches();
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view, String slug)
            throws IOException, ServletException {
        request.setAttribute(ArticlePage.SLUG_ATTRIBUTE, URLDecoder.decode(slug, StandardCharsets.UTF_8));
        request.getRequestDispatcher(view).forward(request, response);
    }
}
