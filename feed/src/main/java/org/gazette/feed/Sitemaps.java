package org.gazette.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.Reading;
import org.gazette.application.Setting;
import org.gazette.application.SiteSettings;
import org.gazette.domain.article.ArticleAddress;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.site.Site;
import org.gazette.http.ConfiguredSettings;
import org.gazette.http.Dependencies;
import org.gazette.http.Dependencies.Stretch;

/**
 * The sitemap as the protocol wants it for a site of any size: {@code /feed/sitemap.xml} is an index
 * of parts; {@code pages.xml} lists the home page, the archive, every tag and author listing and the site's pages, and
 * {@code articles-N.xml} the public articles in the order they appeared, at most
 * {@code gazette.sitemap.part-size} (50,000, the protocol's limit) to a part. New articles join the
 * last part, so publishing leaves the older parts as they were.
 */
@ApplicationScoped
public class Sitemaps {

    static final String PARTS = "/sitemaps/";
    static final String PAGES = "pages.xml";

    @Inject
    Reading reading;

    @Inject
    SiteSettings siteSettings;

    private int partSize;

    @PostConstruct
    void readPartSize() {
        partSize = Setting.SITEMAP_PART_SIZE.wholeNumberOf(ConfiguredSettings.given(Setting.SITEMAP_PART_SIZE));
    }

    /** A rendered sitemap document with when it last changed and what alters it. */
    record Rendered(String xml, Instant lastChange, Dependencies dependencies) {
    }

    /**
     * The parts, without lastmod: the protocol leaves it optional, each part's addresses carry their
     * own, and the index then changes only when the number of parts does.
     */
    Optional<Rendered> index() {
        Site site = siteSettings.current();
        long parts = (reading.publicCount() + partSize - 1) / partSize;
        List<SitemapXml.Location> sitemaps = new ArrayList<>();
        sitemaps.add(new SitemapXml.Location(site.absolute("/feed" + PARTS + PAGES), null));
        for (long part = 1; part <= parts; part++) {
            sitemaps.add(new SitemapXml.Location(site.absolute("/feed" + PARTS + "articles-" + part + ".xml"), null));
        }
        return Optional.of(new Rendered(SitemapXml.index(sitemaps), Instant.EPOCH, membership()));
    }

    /**
     * The home page, the archive and its years, and the listing of every tag and author with public
     * articles. Listings carry no lastmod (the protocol leaves it optional): working out when each
     * listing last changed would cost a pass over every article, and search engines find their new
     * articles through the parts anyway. So this part changes only when articles join, leave or move.
     */
    Optional<Rendered> pages() {
        Site site = siteSettings.current();
        List<SitemapXml.Location> pages = new ArrayList<>();
        pages.add(new SitemapXml.Location(site.baseUrl() + "/", null));
        pages.add(new SitemapXml.Location(site.absolute("/archive"), null));
        reading.archiveMonths().stream().map(month -> month.month().getYear()).distinct()
                .forEach(year -> pages.add(new SitemapXml.Location(site.absolute("/archive/" + year), null)));
        Reading.Listings listings = reading.listings();
        listings.tags().forEach(tag -> pages.add(new SitemapXml.Location(site.absolute("/tags/" + tag.value()), null)));
        listings.authors().forEach(author -> pages.add(new SitemapXml.Location(site.absolute(AuthorProfiles.pagePath(author)), null)));
        reading.pages(partSize).forEach(page -> pages.add(new SitemapXml.Location(site.absolute("/" + page.slug().value()), page.updatedAt())));
        Dependencies dependencies = Dependencies.of(Stretch.membership(PublicListing.EVERYTHING, PublicationSpan.WHOLE),
                Stretch.showing(PublicListing.PAGES, PublicationSpan.WHOLE));
        return Optional.of(new Rendered(SitemapXml.urlset(pages.subList(0, Math.min(pages.size(), partSize))), Instant.EPOCH, dependencies));
    }

    /** Part {@code part} of the articles, oldest first; none past the last part. */
    Optional<Rendered> articles(int part) {
        List<ArticleAddress> addresses = reading.addresses(part, partSize);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        Site site = siteSettings.current();
        List<SitemapXml.Location> urls = addresses.stream()
                .map(address -> new SitemapXml.Location(site.absolute("/" + address.slug().value()), address.updatedAt())).toList();
        Instant oldest = addresses.get(0).publishedAt();
        // The last part takes every new article; the others change when an article joins, leaves or moves below their newest.
        Optional<Instant> newest = addresses.size() < partSize ? Optional.empty() : Optional.of(addresses.get(addresses.size() - 1).publishedAt());
        Dependencies dependencies = Dependencies.of(Stretch.showing(PublicListing.EVERYTHING, new PublicationSpan(newest, Optional.of(oldest))),
                Stretch.membership(PublicListing.EVERYTHING, new PublicationSpan(newest, Optional.empty())));
        Instant lastChange = addresses.stream().map(ArticleAddress::updatedAt).max(Instant::compareTo).orElseThrow();
        return Optional.of(new Rendered(SitemapXml.urlset(urls), lastChange, dependencies));
    }

    /** Documents that change only when articles join, leave or move: a sitemap lists addresses, not what is there. */
    private static Dependencies membership() {
        return Dependencies.of(Stretch.membership(PublicListing.EVERYTHING, PublicationSpan.WHOLE));
    }
}
