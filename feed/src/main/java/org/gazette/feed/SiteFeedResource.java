package org.gazette.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.gazette.application.Reading;
import org.gazette.application.SiteSettings;
import org.gazette.domain.site.Site;

/** The site-wide feeds. */
@Path("/")
@RequestScoped
public class SiteFeedResource {

    static final String RSS = "application/rss+xml; charset=UTF-8";

    @Inject
    Reading reading;

    @Inject
    SiteSettings siteSettings;

    @GET
    @Path("rss.xml")
    @Produces(RSS)
    public String rss() {
        Site site = siteSettings.current();
        return RssFeed.render(site, reading.newest(1, site.feedLength()));
    }
}
