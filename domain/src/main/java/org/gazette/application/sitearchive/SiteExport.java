package org.gazette.application.sitearchive;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.application.NotPermitted;
import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.CoverRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.RevisionRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.author.AuthorRepository;
import org.gazette.domain.media.MediaFile;
import org.gazette.domain.media.MediaRepository;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.revision.RevisionRepository;
import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;
import org.gazette.domain.tag.TagRepository;
import org.gazette.domain.user.Role;
import org.gazette.domain.user.User;
import org.gazette.domain.user.UserRepository;

/**
 * Reads the whole site out as {@link SiteArchive} records, for administrators only. Articles,
 * redirects and media come in steps, each read in a transaction of its own, so an export of a large
 * site holds one step in memory at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SiteExport {

    @Inject
    SiteRepository sites;

    @Inject
    UserRepository users;

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
    Clock clock;

    /** Starts an export, noted in the audit trail; password hashes only when asked for, since they open accounts to offline guessing. */
    public Manifest begin(Actor actor, boolean passwordHashes) {
        actor.requireAdministrator("export the site");
        audit.record(actor, AuditAction.SITE_EXPORTED, null, "the whole site", passwordHashes ? "with password hashes" : "without password hashes");
        return new Manifest(SiteArchive.FORMAT, clock.instant(), passwordHashes);
    }

    public SiteRecord site(Actor actor) {
        actor.requireAdministrator("export the site");
        Site site = sites.find().orElseThrow(() -> new RuleViolation("The site has not been set up yet."));
        return new SiteRecord(site.title(), site.description(), site.baseUrl(), site.iconUrl(), site.language(), site.timeZone(),
                site.feedLength(), site.bannerInFeeds(), site.navigation().lines());
    }

    public List<UserRecord> users(Manifest manifest, Actor actor) {
        actor.requireAdministrator("export the site");
        return users.all().stream().sorted(Comparator.comparing(User::username)).map(user -> new UserRecord(user.username(), user.roles().stream().sorted().map(Role::name).toList(),
                user.isDisabled(), user.createdAt(), manifest.passwordHashes() ? user.passwordHash() : null)).toList();
    }

    public List<AuthorRecord> authors(Actor actor) {
        actor.requireAdministrator("export the site");
        return authors.all().stream().sorted(Comparator.comparing(author -> author.slug().value())).map(author -> new AuthorRecord(author.slug().value(), author.name(), author.tagline(), author.bio(),
                author.avatarUrl(), author.links(), author.account().orElse(null))).toList();
    }

    public List<TagRecord> tags(Actor actor) {
        actor.requireAdministrator("export the site");
        return tags.all().stream().sorted(Comparator.comparing(tag -> tag.slug().value())).map(tag -> new TagRecord(tag.slug().value(), tag.name())).toList();
    }

    /** The next step of articles, with their revisions, after the id of the last one of the step before. */
    public List<ArticleRecord> articles(Optional<String> lastId, Actor actor) {
        actor.requireAdministrator("export the site");
        List<Article> step = articles.afterId(lastId, SiteArchive.STEP);
        Map<String, List<Revision>> histories = revisions.ofArticles(step.stream().map(Article::id).toList());
        return step.stream().map(article -> record(article, histories.getOrDefault(article.id(), List.of()))).toList();
    }

    public List<RedirectRecord> redirects(Optional<String> lastFrom, Actor actor) {
        actor.requireAdministrator("export the site");
        return redirects.afterFrom(lastFrom, SiteArchive.STEP).stream().map(redirect -> new RedirectRecord(redirect.fromPath(), redirect.toPath())).toList();
    }

    public List<MediaRecord> media(Optional<String> lastId, Actor actor) {
        actor.requireAdministrator("export the site");
        return media.afterId(lastId, SiteArchive.STEP).stream().map(asset -> new MediaRecord(asset.id(), asset.fileName(), asset.contentType(),
                asset.sizeBytes(), asset.width(), asset.height(), asset.widths(), asset.alt(), asset.uploadedBy(), asset.uploadedAt())).toList();
    }

    /** The bytes of one width of an image, one file at a time. */
    public byte[] file(String assetId, int width, Actor actor) {
        actor.requireAdministrator("export the site");
        return media.file(assetId, width).map(MediaFile::bytes)
                .orElseThrow(() -> new RuleViolation("The image " + assetId + " has no file " + width + " px wide."));
    }

    private static ArticleRecord record(Article article, List<Revision> revisions) {
        List<RevisionRecord> history = revisions.stream()
                .sorted(Comparator.comparing(Revision::savedAt).reversed().thenComparing(Revision::id))
                .map(revision -> new RevisionRecord(revision.id(), revision.title(), revision.summary(), revision.bodySource(),
                        revision.bodyFormat().name(), revision.savedBy(), revision.savedAt())).toList();
        return new ArticleRecord(article.id(), article.guid().value(), article.slug().value(), article.title(),
                article.editorsSummary().orElse(null), article.bodySource(), article.bodyFormat().name(),
                article.cover().map(cover -> new CoverRecord(cover.url(), cover.alt(), cover.caption().orElse(null))).orElse(null),
                article.author().slug().value(), article.tags().stream().map(tag -> tag.slug().value()).toList(), article.status().name(),
                article.publishedAt().orElse(null), article.createdAt(), article.updatedAt(), article.hidden(), article.owner().orElse(null),
                article.origin().orElse(null), article.kind().name(), history);
    }

}
