package org.gazette.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.content.ContentModule;
import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndImageImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.site.Site;
import org.gazette.domain.text.AbsoluteLinks;

/**
 * Renders public articles as RSS 2.0 (with the content, Dublin Core, Atom and Media RSS namespaces)
 * or Atom 1.0 from one Rome model, so both formats always say the same.
 */
final class Syndication {

    private static final Logger LOG = Logger.getLogger(Syndication.class.getName());

    private Syndication() {
    }

    static String rss(PublicFeed feed) {
        SyndFeed model = model(feed, "rss_2.0");
        model.getModules().add(selfLink(feed.self()));
        Channel channel = (Channel) model.createWireFeed();
        channel.setLastBuildDate(Date.from(feed.lastChange()));
        return output(channel);
    }

    static String atom(PublicFeed feed) {
        SyndFeed model = model(feed, "atom_1.0");
        model.setUri(feed.self());
        model.setLinks(List.of(link(feed.site().baseUrl(), "alternate", "text/html"), link(feed.self(), "self", "application/atom+xml")));
        model.setPublishedDate(Date.from(feed.lastChange()));
        return output(model.createWireFeed());
    }

    private static SyndFeed model(PublicFeed feed, String type) {
        Site site = feed.site();
        SyndFeed model = new SyndFeedImpl();
        model.setFeedType(type);
        model.setTitle(feed.title());
        model.setLink(site.baseUrl());
        model.setDescription(site.description());
        model.setLanguage(site.language());
        model.setImage(image(site));
        boolean atom = type.startsWith("atom");
        model.setEntries(feed.articles().stream().map(article -> entry(site, article, atom)).toList());
        return model;
    }

    private static String output(WireFeed wire) {
        try {
            return new WireFeedOutput().outputString(wire);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written: " + e.getMessage(), e);
        }
    }

    private static SyndImage image(Site site) {
        if (site.iconUrl() == null) {
            return null;
        }
        SyndImage image = new SyndImageImpl();
        image.setUrl(AbsoluteLinks.url(site.iconUrl(), site.baseUrl()));
        image.setTitle(site.title());
        image.setLink(site.baseUrl());
        return image;
    }

    private static AtomLinkModuleImpl selfLink(String href) {
        Link self = new Link();
        self.setHref(href);
        self.setRel("self");
        self.setType("application/rss+xml");
        AtomLinkModuleImpl module = new AtomLinkModuleImpl();
        module.setLinks(List.of(self));
        return module;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    /** An entry; RSS carries the body as content:encoded, Atom as its own content element. */
    private static SyndEntry entry(Site site, Article article, boolean atom) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(article.guid().value());
        entry.setLink(site.absolute("/" + article.slug().value()));
        entry.setTitle(article.title());
        SyndPerson author = new SyndPersonImpl();
        author.setName(article.author().name());
        entry.setAuthors(new ArrayList<>(List.of(author)));
        entry.setAuthor(article.author().name());
        entry.setPublishedDate(article.publishedAt().map(Date::from).orElse(null));
        entry.setUpdatedDate(Date.from(article.updatedAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(article.summary());
        entry.setDescription(summary);
        entry.setCategories(article.tags().stream().map(tag -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.name());
            return category;
        }).toList());
        String body = AbsoluteLinks.resolve(article.bodyHtml(), site.baseUrl());
        if (atom) {
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(body);
            entry.setContents(List.of(content));
        } else {
            ContentModule encoded = new ContentModuleImpl();
            encoded.setEncodeds(List.of(site.bannerInFeeds() ? banner(entry.getLink()) + body : body));
            entry.getModules().add(encoded);
        }
        article.cover().flatMap(cover -> media(site, cover, article)).ifPresent(entry.getModules()::add);
        return entry;
    }

    /** The site's optional notice at the top of RSS bodies, for feed readers that render HTML poorly. */
    private static String banner(String link) {
        return "<div style=\"margin: 2em 0; font-style: italic;\">Formatting may be lost in some feed readers: "
                + "<a href=\"" + link + "\">read on the site</a>.</div>";
    }

    /**
     * The cover as Media RSS. A cover address stored before addresses were checked may not be one;
     * the item then goes without its cover rather than the whole feed failing for every reader.
     */
    private static Optional<MediaEntryModuleImpl> media(Site site, CoverImage cover, Article article) {
        URI url;
        try {
            url = new URI(AbsoluteLinks.url(cover.url(), site.baseUrl()));
        } catch (URISyntaxException notAnAddress) {
            LOG.warning(() -> "GAZETTE-1401 Gazette left the cover of '" + article.slug() + "' out of a feed: '" + cover.url() + "' is no address ("
                    + notAnAddress.getReason() + ").");
            return Optional.empty();
        }
        MediaContent image = new MediaContent(new UrlReference(url));
        image.setMedium("image");
        Metadata metadata = new Metadata();
        metadata.setThumbnail(new Thumbnail[] {new Thumbnail(url)});
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {image});
        media.setMetadata(metadata);
        return Optional.of(media);
    }
}
