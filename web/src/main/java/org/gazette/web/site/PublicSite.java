package org.gazette.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.SiteSettings;
import org.gazette.domain.site.Site;

/** The site's settings as the page template shows them, read once per request. */
@Named
@RequestScoped
public class PublicSite {

    @Inject
    SiteSettings siteSettings;

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

    public String absolute(String path) {
        return site.absolute(path);
    }
}
