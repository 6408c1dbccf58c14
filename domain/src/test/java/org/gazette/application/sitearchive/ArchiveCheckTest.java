package org.gazette.application.sitearchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.RevisionRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;
import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The check of an archive counts a sound one and refuses, by name, the records a restore could not write. */
class ArchiveCheckTest {

    private static final Instant WHEN = Instant.parse("2026-11-30T08:00:00Z");
    private static final String FIRST = "0b7f6a2e-3c1d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String SECOND = "1c8a7b3f-4d2e-4f60-9bac-1d2e3f4a5b6c";

    private final List<ArticleRecord> articles = new ArrayList<>();
    private final List<RedirectRecord> redirects = new ArrayList<>();
    private Manifest manifest = new Manifest(SiteArchive.FORMAT, WHEN, false);

    @Test
    void aSoundArchiveIsCountedRecordByRecord() {
        articles.add(article(FIRST, "tides", "DRAFT", null));
        articles.add(article(SECOND, "currents", "PUBLISHED", WHEN));
        redirects.add(new RedirectRecord("/old-tides", "/tides"));

        SiteRestore.Contents contents = check();

        assertEquals(2, contents.articles());
        assertEquals(2, contents.revisions());
        assertEquals(1, contents.redirects());
        assertEquals(2, contents.users());
    }

    @Test
    void aSlugGivenTwiceIsRefusedWithTheArticleNamed() {
        articles.add(article(FIRST, "tides", "DRAFT", null));
        articles.add(article(SECOND, "tides", "DRAFT", null));

        assertEquals("The archive's article " + SECOND + " ('tides') cannot be restored: the slug 'tides' appears twice",
                assertThrows(RuleViolation.class, this::check).getMessage());
    }

    @Test
    void aPublishedArticleWithoutItsTimeIsRefused() {
        articles.add(article(FIRST, "tides", "PUBLISHED", null));

        assertEquals("The archive's article " + FIRST + " ('tides') cannot be restored: A published article needs its publication time.",
                assertThrows(RuleViolation.class, this::check).getMessage());
    }

    @Test
    void anIdThatIsNoUuidIsRefused() {
        articles.add(article("../../etc", "tides", "DRAFT", null));

        assertEquals("The archive's article ../../etc ('tides') cannot be restored: An article's id must be a UUID; '../../etc' is not.",
                assertThrows(RuleViolation.class, this::check).getMessage());
    }

    @Test
    void aRedirectThatLeavesTheSiteIsRefused() {
        redirects.add(new RedirectRecord("/old", "//elsewhere.example/"));

        assertEquals("The archive's redirect from '/old' cannot be restored: A redirect goes from one site path to another, both starting"
                + " with a single '/'.", assertThrows(RuleViolation.class, this::check).getMessage());
    }

    @Test
    void aNewerFormatIsRefusedBeforeAnyRecordIsRead() {
        manifest = new Manifest(SiteArchive.FORMAT + 1, WHEN, false);
        articles.add(article(FIRST, "tides", "NO-SUCH-STATUS", null));

        assertEquals("The archive has format " + (SiteArchive.FORMAT + 1) + ", newer than this Gazette reads (format " + SiteArchive.FORMAT
                + "); restore it with the Gazette version that made it, or a newer one.", assertThrows(RuleViolation.class, this::check).getMessage());
    }

    private SiteRestore.Contents check() {
        ArchiveSource source = new ArchiveSource() {
            @Override
            public void read(RecordReader reader) {
                reader.manifest(manifest);
                reader.site(new SiteRecord("Tide tables", "Notes on the sea", "https://tides.example", null, "en", "UTC", 20, false, "Home | /"));
                reader.users(List.of(new UserRecord("admin", List.of("ADMIN"), false, WHEN, null),
                        new UserRecord("ada", List.of("AUTHOR"), false, WHEN, null)));
                reader.authors(List.of(new AuthorRecord("ada-lovelace", "Ada Lovelace", null, null, null, List.of(), "ada")));
                reader.tags(List.of(new TagRecord("sea", "Sea")));
                articles.forEach(reader::article);
                redirects.forEach(reader::redirect);
            }

            @Override
            public byte[] file(String assetId, int width) {
                throw new AssertionError("no images in these archives");
            }
        };
        ArchiveCheck check = new ArchiveCheck(source);
        source.read(check);
        return check.contents();
    }

    private static ArticleRecord article(String id, String slug, String status, Instant published) {
        return new ArticleRecord(id, "urn:test:" + id, slug, "About " + slug, null, "Body of " + slug, "MARKDOWN", null, "ada-lovelace",
                List.of("sea"), status, published, WHEN, WHEN, false, "ada", "this site", "POST",
                List.of(new RevisionRecord(id.replace(id.charAt(0), 'f'), "About " + slug, null, "Body", "MARKDOWN", "ada", WHEN)));
    }
}
