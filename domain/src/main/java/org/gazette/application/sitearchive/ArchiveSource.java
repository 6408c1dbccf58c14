package org.gazette.application.sitearchive;

import java.util.List;

import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;

/**
 * A site archive to restore from, read as often as a restore needs: once to check every record, once
 * to write them. Its records come one at a time, so neither pass holds the site in memory.
 */
public interface ArchiveSource {

    /** Reads the archive's document from its start, handing each record to the reader in the archive's order. */
    void read(RecordReader reader);

    /** The stored bytes of one width of an image; refused when the archive lacks them. */
    byte[] file(String assetId, int width);

    /** What a pass over the archive does with its records, in the order the document holds them. */
    interface RecordReader {

        /** Comes first, so a reader can refuse a format it does not know before it reads anything else. */
        void manifest(Manifest manifest);

        void site(SiteRecord site);

        void users(List<UserRecord> users);

        void authors(List<AuthorRecord> authors);

        void tags(List<TagRecord> tags);

        void article(ArticleRecord article);

        void redirect(RedirectRecord redirect);

        void media(MediaRecord media);
    }
}
