package org.gazette.application.sitearchive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.RevisionRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.author.Author;
import org.gazette.domain.redirect.Redirect;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.user.User;

/**
 * The first pass of a restore: makes every record of the archive into the domain's objects, in
 * memory only, and refuses the archive at the first record a rule refuses, naming it. What it keeps
 * between records is what later records refer to or must not repeat: names, slugs and ids.
 */
final class ArchiveCheck implements ArchiveSource.RecordReader {

    private final ArchiveSource source;
    private final Map<String, Author> authors = new HashMap<>();
    private final Map<String, Tag> tags = new HashMap<>();
    private final Set<String> users = new HashSet<>();
    private final Set<String> articleIds = new HashSet<>();
    private final Set<String> guids = new HashSet<>();
    private final Set<String> slugs = new HashSet<>();
    private final Set<String> revisionIds = new HashSet<>();
    private final Set<String> redirectsFrom = new HashSet<>();
    private final Set<String> mediaIds = new HashSet<>();
    private Manifest manifest;
    private boolean site;
    private long articles;
    private long revisions;
    private long redirects;
    private long images;
    private long files;

    ArchiveCheck(ArchiveSource source) {
        this.source = source;
    }

    @Override
    public void manifest(Manifest read) {
        if (read == null || read.format() < 1 || read.exportedAt() == null) {
            throw new RuleViolation("The archive's manifest has no format or export time; it is not a Gazette site archive.");
        }
        if (read.format() > SiteArchive.FORMAT) {
            throw new RuleViolation("The archive has format " + read.format() + ", newer than this Gazette reads (format "
                    + SiteArchive.FORMAT + "); restore it with the Gazette version that made it, or a newer one.");
        }
        this.manifest = read;
    }

    @Override
    public void site(SiteRecord record) {
        at("the site", () -> {
            Reinstatement.describe(new Site("-", null, "http://localhost"), record);
            return null;
        });
        site = true;
    }

    @Override
    public void users(List<UserRecord> records) {
        for (UserRecord record : records) {
            at("user '" + record.username() + "'", () -> {
                User user = new User(record.username(), "-", Reinstatement.roles(record.roles(), record.username()).iterator().next(),
                        record.createdAt());
                unique(users, user.username(), "user name");
                if (record.createdAt() == null) {
                    throw new RuleViolation("the user needs the time it was created");
                }
                return user;
            });
        }
    }

    @Override
    public void authors(List<AuthorRecord> records) {
        records.forEach(record -> at("author '" + record.slug() + "'", () -> unique(authors, Reinstatement.author(record), author -> author.slug().value())));
    }

    @Override
    public void tags(List<TagRecord> records) {
        records.forEach(record -> at("tag '" + record.slug() + "'", () -> unique(tags, Reinstatement.tag(record), tag -> tag.slug().value())));
    }

    @Override
    public void article(ArticleRecord record) {
        at("article " + record.id() + " ('" + record.slug() + "')", () -> {
            var article = Reinstatement.article(record, authors, tags);
            Reinstatement.bodyFormat(record.bodyFormat(), "the article");
            unique(articleIds, article.id(), "article id");
            unique(guids, article.guid().value(), "guid");
            unique(slugs, article.slug().value(), "slug");
            Reinstatement.revisions(record).forEach(revision -> unique(revisionIds, revision.id(), "revision id"));
            return article;
        });
        articles++;
        revisions += record.revisions() == null ? 0 : record.revisions().size();
    }

    @Override
    public void redirect(RedirectRecord record) {
        at("redirect from '" + record.from() + "'", () -> unique(redirectsFrom, new Redirect(record.from(), record.to()).fromPath(), "redirect"));
        redirects++;
    }

    @Override
    public void media(MediaRecord record) {
        at("image " + record.id() + " ('" + record.fileName() + "')", () -> {
            unique(mediaIds, Reinstatement.media(record, source).asset().id(), "image id");
            return null;
        });
        images++;
        files += record.widths().size();
    }

    /** What the archive holds, once every record passed. */
    SiteRestore.Contents contents() {
        if (manifest == null || !site) {
            throw new RuleViolation("The archive has no manifest or no site; it is not a complete Gazette site archive.");
        }
        return new SiteRestore.Contents(manifest, users.size(), authors.size(), tags.size(), articles, revisions, redirects, images, files);
    }

    private static <T> T unique(Set<String> seen, T key, String what) {
        if (!seen.add(String.valueOf(key))) {
            throw new RuleViolation("the " + what + " '" + key + "' appears twice");
        }
        return key;
    }

    private static <T> T unique(Map<String, T> seen, T value, Function<T, String> key) {
        if (seen.putIfAbsent(key.apply(value), value) != null) {
            throw new RuleViolation("the slug '" + key.apply(value) + "' appears twice");
        }
        return value;
    }

    private static void at(String where, Supplier<?> check) {
        try {
            check.get();
        } catch (RuleViolation problem) {
            throw new RuleViolation("The archive's " + where + " cannot be restored: " + problem.getMessage());
        } catch (RuntimeException broken) {
            throw new RuleViolation("The archive's " + where + " is incomplete or damaged (" + broken.getMessage() + ").");
        }
    }
}
