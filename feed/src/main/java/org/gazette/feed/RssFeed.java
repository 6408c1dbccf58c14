package org.gazette.feed;

import java.net.URI;
import java.util.Date;
import java.util.List;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.content.ContentModule;
import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
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
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.gazette.domain.article.Article;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.site.Site;
import org.gazette.domain.text.AbsoluteLinks;

/**
 * Renders a site's public articles as RSS 2.0 with the content, Dublin Core, Atom and Media RSS
 * namespaces: the fields feed readers and the reference blog's subscribers rely on.
 */
final class RssFeed {

    static final String PATH = "/feed/rss.xml";

    private RssFeed() {
    }

    static String render(Site site, List<Article> articles) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(site.title());
        feed.setLink(site.baseUrl());
        feed.setDescription(site.description());
        feed.setLanguage(site.language());
        feed.setImage(image(site));
        feed.getModules().add(selfLink(site));
        feed.setEntries(articles.stream().map(article -> entry(site, article)).toList());
        Channel channel = (Channel) feed.createWireFeed();
        channel.setLastBuildDate(articles.stream().map(Article::updatedAt).max(Comparable::compareTo).map(Date::from).orElse(null));
        try {
            return new WireFeedOutput().outputString(channel);
        } catch (FeedException e) {
            throw new IllegalStateException("The RSS feed could not be written: " + e.getMessage(), e);
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

    private static AtomLinkModuleImpl selfLink(Site site) {
        Link self = new Link();
        self.setHref(site.absolute(PATH));
        self.setRel("self");
        self.setType("application/rss+xml");
        AtomLinkModuleImpl module = new AtomLinkModuleImpl();
        module.setLinks(List.of(self));
        return module;
    }

    private static SyndEntry entry(Site site, Article article) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(article.guid().value());
        entry.setLink(site.absolute("/" + article.slug().value()));
        entry.setTitle(article.title());
        entry.setAuthor(article.author().name());
        entry.setPublishedDate(article.publishedAt().map(Date::from).orElse(null));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(article.summary());
        entry.setDescription(summary);
        entry.setCategories(article.tags().stream().map(tag -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.name());
            return category;
        }).toList());
        ContentModule body = new ContentModuleImpl();
        body.setEncodeds(List.of(AbsoluteLinks.resolve(article.bodyHtml(), site.baseUrl())));
        entry.getModules().add(body);
        article.cover().ifPresent(cover -> entry.getModules().add(media(site, cover)));
        return entry;
    }

    private static MediaEntryModuleImpl media(Site site, CoverImage cover) {
        String url = AbsoluteLinks.url(cover.url(), site.baseUrl());
        MediaContent image = new MediaContent(new UrlReference(URI.create(url)));
        image.setMedium("image");
        Metadata metadata = new Metadata();
        metadata.setThumbnail(new Thumbnail[] {new Thumbnail(URI.create(url))});
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {image});
        media.setMetadata(metadata);
        return media;
    }
}
