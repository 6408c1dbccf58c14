package org.gazette.application.feedimport;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.Actor;
import org.gazette.application.ArticleChanged;
import org.gazette.application.AuthorsAndTags;
import org.gazette.application.InstallationEnvironment;
import org.gazette.application.NotPermitted;
import org.gazette.application.SlugAllocation;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.application.feedimport.ImportReport.Outcome;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.Slug;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;
import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;
import org.gazette.domain.user.Role;

/**
 * Imports a feed into the site, keyed by guid: new items become published articles, changed items
 * update theirs, unchanged items are left alone, and an item that cannot be imported is rejected on
 * its own with the reason. The whole import is one transaction, so a failure writes nothing.
 */
@ApplicationScoped
@Transactional
public class FeedImport {

    /** The largest feed document an import reads: a whole blog's history, not an archive of attachments. */
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    /** Reads an uploaded feed document, refusing it once it passes the limit instead of reading on. */
    public static byte[] readDocument(InputStream upload) throws IOException {
        byte[] document = upload.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw new TooLarge("The feed is larger than the import limit of " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB.");
        }
        return document;
    }

    /** A feed document over {@link #MAX_DOCUMENT_BYTES}, refused after reading one byte more than that. */
    public static class TooLarge extends RefusedFeed {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    @Inject
    ArticleRepository articles;

    @Inject
    AuthorsAndTags authorsAndTags;

    @Inject
    RevisionRepository revisions;

    @Inject
    RedirectRepository redirects;

    @Inject
    SiteRepository sites;

    @Inject
    Clock clock;

    @Inject
    Event<ArticleChanged> changes;

    /**
     * Imports on behalf of an editor or administrator, telling {@code progress} after each item, so a
     * screen can show how far a long import has come.
     */
    public ImportReport importFeed(ImportedFeed feed, Actor actor, Progress progress) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may import feeds.");
        }
        String importedBy = actor.username();
        Instant now = clock.instant();
        boolean siteWasEmpty = articles.count() == 0;
        Set<String> seen = new HashSet<>();
        List<ItemOutcome> outcomes = new ArrayList<>();
        boolean bannersSeen = false;
        for (ImportedFeed.Item item : feed.items()) {
            try {
                PreparedItem prepared = PreparedItem.of(item, now);
                bannersSeen |= prepared.hadBanner();
                outcomes.add(importItem(prepared, seen, importedBy, now));
            } catch (RuleViolation rejected) {
                outcomes.add(new ItemOutcome(item.guid() != null ? item.guid() : item.link(), null, Outcome.REJECTED, rejected.getMessage()));
            }
            progress.itemDone(outcomes.size(), feed.items().size());
        }
        ImportReport report = ImportReport.of(outcomes);
        if (siteWasEmpty && report.created() > 0) {
            boolean showBanner = bannersSeen;
            sites.find().ifPresent(site -> {
                describeFrom(feed.channel(), site);
                site.showBannerInFeeds(showBanner);
            });
        }
        return report;
    }

    private ItemOutcome importItem(PreparedItem prepared, Set<String> seen, String importedBy, Instant now) {
        if (!seen.add(prepared.guid().value())) {
            return new ItemOutcome(prepared.guid().value(), null, Outcome.REJECTED,
                    "The guid appears more than once in the feed; only its first item was imported.");
        }
        Optional<Article> existing = articles.findByGuid(prepared.guid());
        if (existing.isPresent() && prepared.matches(existing.get())) {
            return outcome(existing.get(), Outcome.UNCHANGED);
        }
        Article article = existing.map(found -> update(found, prepared, now)).orElseGet(() -> create(prepared, now));
        revisions.add(new Revision(article, prepared.summary(), importedBy, now));
        changes.fire(new ArticleChanged(article.id(), article.slug()));
        return outcome(article, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
    }

    private Article create(PreparedItem item, Instant now) {
        Slug slug = SlugAllocation.firstFree(item.slug(), articles::slugTaken);
        Article article = new Article(item.guid(), slug, item.title(), authorsAndTags.authorNamed(item.authorName()), now);
        write(article, item, now);
        articles.add(article);
        article.publishAsOf(item.published(), now);
        return article;
    }

    private Article update(Article article, PreparedItem item, Instant now) {
        if (!article.slug().equals(item.slug()) && !articles.slugTaken(item.slug())) {
            redirects.move("/" + article.slug().value(), "/" + item.slug().value());
            article.changeSlug(item.slug(), now);
        }
        article.retitle(item.title(), now);
        article.attributeTo(authorsAndTags.authorNamed(item.authorName()), now);
        write(article, item, now);
        if (article.isPublic()) {
            article.correctPublicationDate(item.published(), now);
        }
        return article;
    }

    private void write(Article article, PreparedItem item, Instant now) {
        article.summarize(item.summary(), now);
        article.writeBody(item.bodyHtml(), BodyFormat.HTML, now);
        article.tagWith(authorsAndTags.tagsNamed(item.tagNames()), now);
        article.coverWith(item.cover().orElse(null), now);
    }

    private static ItemOutcome outcome(Article article, Outcome outcome) {
        return new ItemOutcome(article.guid().value(), article.slug().value(), outcome, "");
    }

    /** A site that arrives by import takes over its origin's title, address, icon and feed banner. */
    private static void describeFrom(ImportedFeed.Channel channel, Site site) {
        if (channel.title() != null && !channel.title().isBlank()) {
            site.describe(channel.title(), channel.description());
        }
        if (channel.link() != null && InstallationEnvironment.ofProcess().baseUrlOverride().isEmpty()) {
            try {
                site.moveTo(channel.link());
            } catch (RuleViolation notAnHttpUrl) {
                // The channel's link is a courtesy; a site keeps its own base URL when the link is unusable.
            }
        }
        site.useIcon(channel.imageUrl());
    }

    /** Hears how many of a feed's items an import has done. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void itemDone(int done, int total);
    }
}
