package org.gazette.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.gazette.application.SiteSettings;
import org.gazette.domain.site.Navigation;
import org.gazette.domain.site.Site;
import org.gazette.web.assets.StaticAssets;

/** The site's settings as the page template shows them, read once per request. */
@Named
@RequestScoped
public class PublicSite {

    @Inject
    SiteSettings siteSettings;

    @Inject
    StaticAssets assets;

    @Inject
    HttpServletRequest request;

    private Site site;

    @PostConstruct
    void read() {
        site = siteSettings.current();
    }

    public String getTitle() {
        return site.title();
    }

    public String getDescription() {
        return site.description();
    }

    public String getLanguage() {
        return site.language();
    }

    /** The site's own icon when one is set, otherwise Gazette's. */
    public String getIconUrl() {
        return site.iconUrl() == null ? assets.url("favicon.svg") : site.iconUrl();
    }

    /**
     * The absolute address of the page being rendered, as the reader asked for it (before any forward
     * to its view), with the article a later page of a listing continues after and nothing else of the query.
     */
    public String getCanonicalUrl() {
        String before = request.getParameter(Pagination.BEFORE);
        return site.absolute(shownPath())
                + (before == null ? "" : "?" + Pagination.BEFORE + "=" + URLEncoder.encode(before, StandardCharsets.UTF_8));
    }

    /** The administrators' navigation menu, in their order. */
    public List<Navigation.Link> getNavigation() {
        return site.navigation().links();
    }

    /** Whether a menu link leads to the page being shown, which it then marks for screen readers. */
    public boolean isCurrent(Navigation.Link link) {
        return link.href().equals(shownPath());
    }

    public String absolute(String path) {
        return site.absolute(path);
    }

    private String shownPath() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded == null ? request.getRequestURI() : forwarded.toString();
        return path.endsWith("/index.xhtml") ? "/" : path;
    }
}
