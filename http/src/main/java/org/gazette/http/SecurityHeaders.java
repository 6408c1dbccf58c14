package org.gazette.http;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.gazette.application.SiteSettings;

/**
 * The headers every response carries, for the part of the site a WAR serves (init parameter
 * {@code part}: {@code public}, {@code admin} or {@code feed}): a strict Content-Security-Policy
 * without inline scripts, no sniffing, a referrer policy, no powerful browser features, HSTS when
 * the site is served over https, and for the admin no caching and no framing. Redirects are paths
 * on the site, never to whatever host the request named. Mapped first in each web.xml, so
 * cached documents get the headers too.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final URI UNKNOWN_BASE = URI.create("/");
    private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Inject
    transient SiteSettings settings;

    private Part part;

    /** The parts of the site, each with its own policy. */
    public enum Part {
        PUBLIC("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'self';"
                + " manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'", "strict-origin-when-cross-origin"),
        ADMIN("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'self';"
                + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'", "same-origin"),
        FEED("default-src 'none'; style-src 'self'; img-src 'self' https: data:; base-uri 'none'; frame-ancestors 'none'",
                "strict-origin-when-cross-origin");

        private final String policy;
        private final String referrers;

        Part(String policy, String referrers) {
            this.policy = policy;
            this.referrers = referrers;
        }
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        part = Part.valueOf(String.valueOf(config.getInitParameter("part")).toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        apply(part, base(request), response);
        chain.doFilter(request, new RedirectsToTheSite(response, URI.create(request.getRequestURI())));
    }

    /** The site's address; for an error page, a relative one when the database cannot tell it, since that may be the error. */
    private URI base(HttpServletRequest request) {
        try {
            return SiteAddress.of(() -> settings.current().baseUrl());
        } catch (RuntimeException unreadable) {
            if (request.getDispatcherType() != DispatcherType.ERROR) {
                throw unreadable;
            }
            return UNKNOWN_BASE;
        }
    }

    /** The headers of a part of the site, for answers given before any filter runs, such as an authentication mechanism's. */
    public static void apply(Part part, URI base, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", part.policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", part.referrers);
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if ("https".equals(base.getScheme())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (part == Part.ADMIN) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    /**
     * Makes every redirect a path on this site. The container would make it absolute with the
     * request's Host header, which anyone can set; a path names no host at all, so the browser stays
     * on the address it asked for, whatever proxy or balancer is in front.
     */
    private static final class RedirectsToTheSite extends HttpServletResponseWrapper {

        private final URI requested;

        RedirectsToTheSite(HttpServletResponse response, URI requested) {
            super(response);
            this.requested = requested;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", onTheSite(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) && value != null ? onTheSite(value) : value);
        }

        /** The path and query of a location, taken relative to the page asked for. */
        private String onTheSite(String location) {
            URI target = requested.resolve(URI.create(location));
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
            return path + query;
        }
    }
}
