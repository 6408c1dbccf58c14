package org.gazette.application.feedimport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.ArticleChanged;
import org.gazette.application.AuthorsAndTags;
import org.gazette.application.InstallationEnvironment;
import org.gazette.application.SlugAllocation;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.application.feedimport.ImportReport.Outcome;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.redirect.OldAddress;
import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;
import org.gazette.domain.site.SiteRepository;

/**
 * Writes one chunk of an import in a transaction of its own: all of its items or, when the
 * database fails, none of them. Chunks already written stay when a later one fails, and an import
 * run again finds them unchanged, because items are keyed by guid.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportChunk {

    @Inject
    InstallationEnvironment environment;

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

    /** Whether the site has no articles yet, which lets an import describe the site from its feed. */
    public boolean siteIsEmpty() {
        return articles.count() == 0;
    }

    /**
     * Imports these items of the feed {@code origin}; {@code seen} holds the guids of the import's
     * earlier items, so a guid given twice in one feed is imported once.
     */
    public List<ItemOutcome> write(List<ImportedFeed.Item> items, String origin, Set<String> seen, String importedBy) {
        Instant now = clock.instant();
        List<PreparedItem> prepared = new ArrayList<>();
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (ImportedFeed.Item item : items) {
            if (item.skipped() != null) {
                prepared.add(null);
                outcomes.add(new ItemOutcome(item.guid() != null ? item.guid() : item.link(), null, Outcome.SKIPPED, item.skipped()));
                continue;
            }
            try {
                prepared.add(PreparedItem.of(item, now));
                outcomes.add(null);
            } catch (RuleViolation rejected) {
                prepared.add(null);
                outcomes.add(new ItemOutcome(item.guid() != null ? item.guid() : item.link(), null, Outcome.REJECTED, rejected.getMessage()));
            }
        }
        List<PreparedItem> accepted = prepared.stream().filter(item -> item != null).toList();
        Writer writer = new Writer(origin, importedBy, now);
        writer.lookUpNames(accepted);
        writer.lookUpArticles(accepted);
        for (int i = 0; i < prepared.size(); i++) {
            if (prepared.get(i) != null) {
                outcomes.set(i, writer.write(prepared.get(i), seen));
            }
        }
        return outcomes;
    }

    /** A site that arrives by import takes over its origin's title, address, icon and feed banner. */
    public void describeSite(ImportedFeed.Channel channel, boolean showBanner) {
        sites.find().ifPresent(site -> {
            if (channel.title() != null && !channel.title().isBlank()) {
                site.describe(channel.title(), channel.description());
            }
            if (channel.link() != null && environment.baseUrlOverride().isEmpty()) {
                try {
                    site.moveTo(channel.link());
                } catch (RuleViolation notAnHttpUrl) {
                    // The channel's link is a courtesy; a site keeps its own base URL when the link is unusable.
                }
            }
            site.useIcon(channel.imageUrl());
            site.showBannerInFeeds(showBanner);
        });
    }

    /** One chunk's writing, with what it has looked up and allocated so far. */
    private final class Writer {

        private Map<Guid, Article> existing = Map.of();
        private final String origin;
        private final String importedBy;
        private final Instant now;
        private final AuthorsAndTags.Remembered names = authorsAndTags.remembering();
        private final Set<Slug> allocated = new HashSet<>();
        private final Set<String> redirected = new HashSet<>();

        Writer(String origin, String importedBy, Instant now) {
            this.origin = origin;
            this.importedBy = importedBy;
            this.now = now;
        }

        /**
         * Finds or creates every author and tag of the chunk first, while nothing else is loaded or
         * waits to be written: each lookup makes the unit of work check what it holds.
         */
        void lookUpNames(List<PreparedItem> items) {
            items.stream().map(PreparedItem::authorName).distinct().forEach(names::authorNamed);
            names.tagsNamed(items.stream().flatMap(item -> item.tagNames().stream()).distinct().toList());
        }

        /** The articles the chunk's items already have, and the old addresses that lead somewhere already, in one query each. */
        void lookUpArticles(List<PreparedItem> items) {
            existing = articles.findByGuids(items.stream().map(PreparedItem::guid).toList());
            redirected.addAll(redirects.existingFrom(items.stream().flatMap(item -> item.oldPaths(origin).stream()).toList()));
        }

        ItemOutcome write(PreparedItem prepared, Set<String> seen) {
            if (!seen.add(prepared.guid().value())) {
                return new ItemOutcome(prepared.guid().value(), null, Outcome.REJECTED,
                        "The guid appears more than once in the feed; only its first item was imported.");
            }
            Optional<Article> found = Optional.ofNullable(existing.get(prepared.guid()));
            try {
                found.ifPresent(article -> article.takeFrom(origin));
            } catch (RuleViolation notThisFeeds) {
                return new ItemOutcome(prepared.guid().value(), null, Outcome.REJECTED, notThisFeeds.getMessage());
            }
            if (found.isPresent() && prepared.matches(found.get())) {
                return outcome(found.get(), Outcome.UNCHANGED);
            }
            Article article = found.isPresent() ? update(found.get(), prepared) : create(prepared);
            revisions.add(new Revision(article, prepared.summary(), importedBy, now));
            ArticleChanged.of(article).ifPresent(changes::fire);
            return outcome(article, found.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
        }

        private Article create(PreparedItem item) {
            Slug slug = SlugAllocation.firstFree(item.slug(), this::taken);
            allocated.add(slug);
            Article article = new Article(item.guid(), slug, item.title(), names.authorNamed(item.authorName()), now);
            article.takeFrom(origin);
            writeContent(article, item);
            articles.add(article);
            publishAsTheOriginDid(article, item);
            return article;
        }

        /**
         * A published item is published with its date, and its old addresses lead to it; a scheduled
         * one waits for its time; drafts, items waiting for review and private ones stay unpublished,
         * and what the origin had thrown away is in the trash.
         */
        private void publishAsTheOriginDid(Article article, PreparedItem item) {
            switch (item.publication()) {
                case PUBLISHED -> article.publishAsOf(item.published(), now);
                case SCHEDULED -> {
                    if (item.published().isAfter(now)) {
                        article.schedule(item.published(), now);
                    } else {
                        article.publishAsOf(item.published(), now);
                    }
                }
                case PENDING -> article.submitForReview(now);
                case TRASHED -> article.trash(now);
                case DRAFT, PRIVATE -> { }
            }
            if (article.isPublic() || item.publication() == ImportedFeed.Publication.SCHEDULED) {
                keepOldAddresses(item, article.slug());
            }
        }

        /** Links to the item's old address keep working: each old path leads to the article, unless it leads somewhere already. */
        private void keepOldAddresses(PreparedItem item, Slug slug) {
            String path = "/" + slug.value();
            item.oldPaths(origin).stream().filter(old -> OldAddress.leadsElsewhere(old, path)).filter(redirected::add)
                    .forEach(old -> redirects.add(new Redirect(old, path)));
        }

        private Article update(Article article, PreparedItem item) {
            if (!article.slug().equals(item.slug()) && !taken(item.slug())) {
                redirects.move("/" + article.slug().value(), "/" + item.slug().value());
                article.changeSlug(item.slug(), now);
                allocated.add(item.slug());
            }
            article.retitle(item.title(), now);
            article.attributeTo(names.authorNamed(item.authorName()), now);
            writeContent(article, item);
            // An item without a date keeps the one its first import gave it.
            if (article.isPublic() && !item.undated()) {
                article.correctPublicationDate(item.published(), now);
            }
            return article;
        }

        private boolean taken(Slug slug) {
            return allocated.contains(slug) || articles.slugTaken(slug);
        }

        private void writeContent(Article article, PreparedItem item) {
            article.classifyAs(item.kind(), now);
            article.summarize(item.summary(), now);
            article.writeBody(item.bodyHtml(), now);
            article.tagWith(names.tagsNamed(item.tagNames()), now);
            article.coverWith(item.cover().orElse(null), now);
        }
    }

    private static ItemOutcome outcome(Article article, Outcome outcome) {
        return new ItemOutcome(article.guid().value(), article.slug().value(), outcome, "");
    }
}
