package org.gazette.application.feedimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.Actor;
import org.gazette.application.NotPermitted;
import org.gazette.application.feedimport.ImportReport.ItemOutcome;
import org.gazette.domain.user.Role;

/**
 * Imports a feed into the site, keyed by guid: new items become published articles, changed items
 * update theirs, unchanged items are left alone, and an item that cannot be imported is rejected on
 * its own with the reason. Items are written in chunks, each in a transaction of its own
 * ({@link ImportChunk}), so a long import shows its progress, holds no huge unit of work, and keeps
 * what it wrote when it is interrupted; running it again finishes it.
 */
@ApplicationScoped
public class FeedImport {

    /** Items written per transaction: large enough for batched writes, small enough to show progress. */
    static final int CHUNK_SIZE = 250;

    /**
     * Reads an uploaded feed document, refusing it once it passes the limit ({@code GAZETTE_IMPORT_MB}:
     * a whole blog's history, not an archive of attachments) instead of reading on.
     */
    public static byte[] readDocument(InputStream upload, int limitBytes) throws IOException {
        byte[] document = upload.readNBytes(limitBytes + 1);
        if (document.length > limitBytes) {
            throw new TooLarge("The feed is larger than the import limit of " + limitBytes / (1024 * 1024) + " MB.");
        }
        return document;
    }

    /** A feed document over the import limit, refused after reading one byte more than that. */
    public static class TooLarge extends RefusedFeed {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    @Inject
    ImportChunk chunks;

    @Inject
    ImportedImages images;

    /**
     * Imports on behalf of an editor or administrator, telling {@code progress} after each chunk, so a
     * screen can show how far a long import has come. With {@code copyImages}, each chunk's images on
     * the old site are copied into the media library before the chunk is written, outside its
     * transaction, so a slow old host holds no database connection.
     *
     * @throws ImportInterrupted when a chunk could not be written; the chunks before it are kept
     */
    public ImportReport importFeed(ImportedFeed feed, boolean copyImages, Actor actor, Progress progress) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may import feeds.");
        }
        boolean siteWasEmpty = chunks.siteIsEmpty();
        List<ImportedFeed.Item> items = feed.items();
        Set<String> seen = new HashSet<>();
        List<ItemOutcome> outcomes = new ArrayList<>();
        ImportedImages.Copying copying = images.forImport(copyImages, actor);
        for (int from = 0; from < items.size(); from += CHUNK_SIZE) {
            try {
                List<ImportedFeed.Item> chunk = copying.apply(items.subList(from, Math.min(items.size(), from + CHUNK_SIZE)));
                outcomes.addAll(chunks.write(chunk, feed.channel().origin(), seen, actor.username()));
            } catch (RuntimeException interrupted) {
                throw new ImportInterrupted(ImportReport.of(feed.format(), outcomes, copying.outcomes()), items.size(), interrupted);
            }
            progress.itemDone(outcomes.size(), items.size());
        }
        ImportReport report = ImportReport.of(feed.format(), outcomes, copying.outcomes());
        // Only an administrator may change the site's settings, by importing as by the settings screen.
        if (siteWasEmpty && report.created() > 0 && actor.is(Role.ADMIN)) {
            chunks.describeSite(feed.channel(), items.stream().anyMatch(item -> SiteBanner.isPresent(item.bodyHtml(), item.link())));
            return report.describingTheSite();
        }
        return report;
    }

    /** Hears how many of a feed's items an import has done. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void itemDone(int done, int total);
    }
}
