package org.gazette.feed;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.gazette.domain.article.Article;
import org.gazette.domain.site.Site;

/** Renders a site's public articles as an RSS 2.0 document. */
final class RssFeed {

    private RssFeed() {
    }

    static String render(Site site, List<Article> articles) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(site.title());
        feed.setLink(site.baseUrl());
        feed.setDescription(site.description());
        feed.setLanguage(site.language());
        feed.setEntries(articles.stream().map(article -> entry(site, article)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The RSS feed could not be written: " + e.getMessage(), e);
        }
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
        SyndContent body = new SyndContentImpl();
        body.setType("text/html");
        body.setValue(article.bodyHtml());
        entry.setContents(List.of(body));
        entry.setCategories(article.tags().stream().map(tag -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.name());
            return category;
        }).toList());
        return entry;
    }
}
