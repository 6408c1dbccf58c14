package org.gazette.application.sitearchive;

import java.time.Instant;
import java.util.List;

/**
 * What a site archive holds, record by record, as docs/site-archive.md documents it. A field added
 * or changed in meaning raises {@link #FORMAT}, so a restore knows what it reads.
 */
public final class SiteArchive {

    /** The format this Gazette writes, and the newest it can read. */
    public static final int FORMAT = 2;

    /** How many records an export reads, and a restore writes, in one transaction. */
    public static final int STEP = 200;

    private SiteArchive() {
    }

    /** The archive's first fields: its format, when it was made, and whether it holds password hashes. */
    public record Manifest(int format, Instant exportedAt, boolean passwordHashes) {
    }

    /** The site's settings; {@code navigation} is its menu, one {@code Label | address} to a line (format 2; a new site's menu before). */
    public record SiteRecord(String title, String description, String baseUrl, String iconUrl, String language, String timeZone,
            int feedLength, boolean feedBanner, String navigation) {
    }

    /** A user; the hash is null unless the export was asked for hashes. */
    public record UserRecord(String username, List<String> roles, boolean disabled, Instant createdAt, String passwordHash) {
    }

    public record AuthorRecord(String slug, String name, String tagline, String bio, String avatarUrl, List<String> links, String account) {
    }

    public record TagRecord(String slug, String name) {
    }

    public record CoverRecord(String url, String alt, String caption) {
    }

    /**
     * An article with every field its owner wrote and every revision, newest first; what Gazette derives from them is left out.
     * {@code kind} is POST or PAGE (format 2; every article was a post before).
     */
    public record ArticleRecord(String id, String guid, String slug, String title, String summary, String bodySource, String bodyFormat,
            CoverRecord cover, String author, List<String> tags, String status, Instant publishedAt, Instant createdAt, Instant updatedAt,
            boolean hidden, String owner, String origin, String kind, List<RevisionRecord> revisions) {
    }

    public record RevisionRecord(String id, String title, String summary, String bodySource, String bodyFormat, String savedBy, Instant savedAt) {
    }

    public record RedirectRecord(String from, String to) {
    }

    /** An image of the library; its files are the archive's entries {@code media/<id>/<width>}. */
    public record MediaRecord(String id, String fileName, String contentType, long sizeBytes, int width, int height, List<Integer> widths,
            String alt, String uploadedBy, Instant uploadedAt) {
    }
}
