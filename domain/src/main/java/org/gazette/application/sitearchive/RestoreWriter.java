package org.gazette.application.sitearchive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.application.ExclusiveWork;
import org.gazette.application.SiteChanged;
import org.gazette.application.UserAccounts;
import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.Slug;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;
import org.gazette.domain.media.MediaRepository;
import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.revision.RevisionRepository;
import org.gazette.domain.site.SiteRepository;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.tag.TagRepository;
import org.gazette.domain.user.UserRepository;

/** Writes the chunks of a checked restore, each in a transaction of its own, so one chunk at a time is in memory. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RestoreWriter {

    @Inject
    ExclusiveWork exclusiveWork;

    @Inject
    SiteRepository sites;

    @Inject
    UserRepository users;

    @Inject
    UserAccounts userAccounts;

    @Inject
    AuthorRepository authors;

    @Inject
    TagRepository tags;

    @Inject
    ArticleRepository articles;

    @Inject
    RevisionRepository revisions;

    @Inject
    RedirectRepository redirects;

    @Inject
    MediaRepository media;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SiteChanged> changes;

    /** A site is empty when nobody has written anything yet: at most the first administrator, and no content. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireEmptySite() {
        long articleCount = articles.count();
        long userCount = users.count();
        boolean content = articleCount > 0 || authors.count() > 0 || tags.count() > 0
                || !redirects.afterFrom(Optional.empty(), 1).isEmpty() || !media.afterId(Optional.empty(), 1).isEmpty() || userCount > 1;
        if (content) {
            throw new SiteNotEmpty("This site is not empty (" + articleCount + " articles, " + userCount
                    + " users); a backup restores only into a new installation. Nothing was written.");
        }
    }

    /** The first chunk: the site's settings, its users, authors and tags, once the site is seen to be empty under the installation's lock. */
    public void begin(SiteRestore.Contents contents, SiteRecord site, List<UserRecord> userRecords, List<AuthorRecord> authorRecords,
            List<TagRecord> tagRecords, Actor actor) {
        exclusiveWork.lock(ExclusiveWork.Kind.INSTALLATION);
        requireEmptySite();
        Reinstatement.describe(sites.find().orElseThrow(() -> new RuleViolation("The site has not been set up yet.")), site);
        for (UserRecord user : userRecords) {
            userAccounts.reinstate(user.username(), Reinstatement.roles(user.roles(), user.username()), user.disabled(), user.createdAt(),
                    Optional.ofNullable(user.passwordHash()), actor);
        }
        authorRecords.forEach(author -> authors.add(Reinstatement.author(author)));
        tagRecords.forEach(tag -> tags.add(Reinstatement.tag(tag)));
        audit.record(actor, AuditAction.SITE_RESTORED, null, "the whole site", "from the archive exported at " + contents.manifest().exportedAt()
                + ": " + contents.articles() + " articles, " + contents.images() + " images, " + contents.users() + " users");
        changes.fire(new SiteChanged("restore"));
    }

    public void articles(List<ArticleRecord> chunk) {
        Map<String, Author> authorsBySlug = bySlug(chunk.stream().map(ArticleRecord::author).toList(),
                slug -> authors.findBySlug(new Slug(slug)).orElse(null));
        Map<String, Tag> tagsBySlug = bySlug(chunk.stream().flatMap(article -> article.tags().stream()).toList(),
                slug -> tags.findBySlug(new Slug(slug)).orElse(null));
        for (ArticleRecord record : chunk) {
            Article article = Reinstatement.article(record, authorsBySlug, tagsBySlug);
            article.writeBody(record.bodySource(), Reinstatement.bodyFormat(record.bodyFormat(), "article " + record.id()), record.updatedAt());
            articles.add(article);
            Reinstatement.revisions(record).forEach(revisions::add);
        }
    }

    public void redirects(List<RedirectRecord> chunk) {
        chunk.forEach(redirect -> redirects.add(new Redirect(redirect.from(), redirect.to())));
    }

    public void media(MediaRecord record, ArchiveSource source) {
        media.add(Reinstatement.media(record, source));
    }

    /** Every page and feed is new after a restore. */
    public void finish() {
        changes.fire(new SiteChanged("restore"));
    }

    private static <T> Map<String, T> bySlug(Collection<String> slugs, Function<String, T> find) {
        return slugs.stream().distinct().map(slug -> Map.entry(slug, Optional.ofNullable(find.apply(slug))))
                .filter(entry -> entry.getValue().isPresent()).collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }
}
