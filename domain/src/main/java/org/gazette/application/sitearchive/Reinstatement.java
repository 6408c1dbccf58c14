package org.gazette.application.sitearchive;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gazette.application.SiteSettings.SiteDescription;
import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RevisionRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.article.Guid;
import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.site.Navigation;
import org.gazette.domain.site.Site;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.user.Role;

/**
 * Turns archive records back into the domain's objects, through the rules every other change goes
 * through, so what a restore writes could have been written by hand. The check of an archive and the
 * restore itself both make their objects here, so a record the check let through is one the restore
 * can write.
 */
final class Reinstatement {

    private Reinstatement() {
    }

    static void describe(Site site, SiteRecord record) {
        required(record, "site");
        new SiteDescription(record.title(), record.description(), record.baseUrl(), record.iconUrl(), record.language(), record.timeZone(),
                record.feedLength(), record.feedBanner(), record.navigation() == null ? Navigation.NEW_SITE.lines() : record.navigation()).applyTo(site);
    }

    static Set<Role> roles(List<String> names, String username) {
        if (names == null || names.isEmpty()) {
            throw new RuleViolation("The user '" + username + "' needs at least one role.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(named(Role.class, name, "role of user '" + username + "'")));
        return roles;
    }

    static Author author(AuthorRecord record) {
        required(record, "author");
        Author author = new Author(record.name(), slug(record.slug(), "author"));
        author.describe(record.tagline(), record.bio(), record.avatarUrl());
        author.link(record.links() == null ? List.of() : record.links());
        Optional.ofNullable(record.account()).ifPresent(author::belongTo);
        return author;
    }

    static Tag tag(TagRecord record) {
        required(record, "tag");
        return Tag.reinstated(record.name(), slug(record.slug(), "tag"));
    }

    /** The article with everything but its body, which is rendered when it is written. */
    static Article article(ArticleRecord record, Map<String, Author> authors, Map<String, Tag> tags) {
        required(record, "article");
        String where = "article " + record.id();
        Author author = known(authors, record.author(), "author", where);
        Slug slug = slug(record.slug(), where);
        if (slug.namesSiteSection()) {
            throw new RuleViolation("The slug '" + slug.value() + "' of " + where + " names a section of the site.");
        }
        Article article = Article.reinstated(record.id(), new Guid(record.guid()), slug, record.title(), author, record.createdAt());
        article.summarize(record.summary(), record.updatedAt());
        if (record.cover() != null) {
            article.coverWith(new CoverImage(record.cover().url(), record.cover().alt(), record.cover().caption()), record.updatedAt());
        }
        List<String> tagSlugs = record.tags() == null ? List.of() : record.tags();
        article.tagWith(tagSlugs.stream().map(tagSlug -> known(tags, tagSlug, "tag", where)).toList(), record.updatedAt());
        article.classifyAs(record.kind() == null ? ArticleKind.POST : named(ArticleKind.class, record.kind(), "kind of " + where),
                record.updatedAt());
        article.reinstateState(named(ArticleStatus.class, record.status(), "status of " + where), record.publishedAt(), record.hidden(),
                record.owner(), record.origin(), record.updatedAt());
        return article;
    }

    static BodyFormat bodyFormat(String name, String where) {
        return named(BodyFormat.class, name, "body format of " + where);
    }

    static List<Revision> revisions(ArticleRecord record) {
        List<RevisionRecord> revisions = record.revisions() == null ? List.of() : record.revisions();
        return revisions.stream().map(revision -> Revision.reinstated(revision.id(), record.id(), revision.title(), revision.summary(),
                revision.bodySource(), bodyFormat(revision.bodyFormat(), "revision " + revision.id()), revision.savedBy(), revision.savedAt()))
                .toList();
    }

    static MediaAsset.Upload media(MediaRecord record, ArchiveSource source) {
        required(record, "image");
        return MediaAsset.reinstated(record.id(), record.fileName(), record.sizeBytes(), record.widths(), record.alt(), record.uploadedBy(),
                record.uploadedAt(), width -> source.file(record.id(), width));
    }

    private static <T> T known(Map<String, T> bySlug, String slug, String what, String where) {
        T found = bySlug.get(slug);
        if (found == null) {
            throw new RuleViolation("The " + what + " '" + slug + "' of " + where + " is not among the archive's " + what + "s.");
        }
        return found;
    }

    private static Slug slug(String value, String where) {
        if (value == null) {
            throw new RuleViolation("The " + where + " needs a slug.");
        }
        return new Slug(value);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("The " + what + " is '" + name + "', which Gazette does not know.");
        }
    }

    private static void required(Object record, String what) {
        if (record == null) {
            throw new RuleViolation("The archive holds an empty " + what + " record.");
        }
    }
}
