package org.gazette.web.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every article its address at the site root, {@code /{slug}}, by forwarding a one-segment path
 * to the article view. Paths with a dot (files) and the site's own sections pass through untouched.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ArticleAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE_SEGMENT = Pattern.compile("/([^/.]+)");
    private static final Set<String> SECTIONS = Set.of("admin", "static", "feed", "tags", "authors");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher article = ONE_SEGMENT.matcher(path);
        if (article.matches() && !SECTIONS.contains(article.group(1))) {
            request.setAttribute(ArticlePage.SLUG_ATTRIBUTE, URLDecoder.decode(article.group(1), StandardCharsets.UTF_8));
            request.getRequestDispatcher("/article.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
