package org.gazette.application.sitearchive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.Actor;
import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;

/**
 * Loads a site archive into an empty site, for administrators only. The whole archive is checked
 * first, record by record, and the site is checked to be empty, so a refused restore writes nothing;
 * then the archive is written in chunks, each in a transaction of its own, with progress after each.
 */
@ApplicationScoped
public class SiteRestore {

    @Inject
    RestoreWriter writer;

    /** What an archive holds, counted by its check. */
    public record Contents(Manifest manifest, long users, long authors, long tags, long articles, long revisions, long redirects,
            long images, long files) {
    }

    /** Hears how far a restore has come: after each chunk, how many of each kind of record are written. */
    @FunctionalInterface
    public interface Progress {
        void written(String what, long done, long total);
    }

    /** Reads the whole archive and looks at the site, writing nothing; refuses with the reason when either will not do. */
    public Contents check(ArchiveSource source, Actor actor) {
        actor.requireAdministrator("restore the site");
        ArchiveCheck check = new ArchiveCheck(source);
        source.read(check);
        Contents contents = check.contents();
        writer.requireEmptySite();
        return contents;
    }

    /** Writes an archive that passed {@link #check}, chunk by chunk. */
    public void restore(ArchiveSource source, Contents contents, Actor actor, Progress progress) {
        actor.requireAdministrator("restore the site");
        Chunks chunks = new Chunks(source, contents, actor, progress);
        source.read(chunks);
        chunks.finish();
    }

    /** The second pass: collects records into chunks and has each written in its own transaction. */
    private final class Chunks implements ArchiveSource.RecordReader {

        /** Images are large, so each is written in a transaction of its own, and progress comes every few. */
        private static final int IMAGES_REPORTED_TOGETHER = 10;

        private final Contents contents;
        private final Actor actor;
        private final Progress progress;
        private final Batch<ArticleRecord> articles;
        private final Batch<RedirectRecord> redirects;
        private final Batch<MediaRecord> images;
        private SiteRecord site;
        private List<UserRecord> users;
        private List<AuthorRecord> authors;

        Chunks(ArchiveSource source, Contents contents, Actor actor, Progress progress) {
            this.contents = contents;
            this.actor = actor;
            this.progress = progress;
            this.articles = new Batch<>("articles", contents.articles(), SiteArchive.STEP, writer::articles);
            this.redirects = new Batch<>("redirects", contents.redirects(), SiteArchive.STEP, writer::redirects);
            this.images = new Batch<>("images", contents.images(), IMAGES_REPORTED_TOGETHER,
                    chunk -> chunk.forEach(image -> writer.media(image, source)));
        }

        @Override
        public void manifest(Manifest manifest) {
            // Checked in the first pass.
        }

        @Override
        public void site(SiteRecord record) {
            this.site = record;
        }

        @Override
        public void users(List<UserRecord> records) {
            this.users = records;
        }

        @Override
        public void authors(List<AuthorRecord> records) {
            this.authors = records;
        }

        @Override
        public void tags(List<TagRecord> tags) {
            writer.begin(contents, site, users, authors, tags, actor);
            long written = contents.users() + contents.authors() + contents.tags();
            progress.written("users, authors and tags", written, written);
        }

        @Override
        public void article(ArticleRecord article) {
            articles.add(article);
        }

        @Override
        public void redirect(RedirectRecord redirect) {
            articles.flush();
            redirects.add(redirect);
        }

        @Override
        public void media(MediaRecord media) {
            articles.flush();
            redirects.flush();
            images.add(media);
        }

        void finish() {
            articles.flush();
            redirects.flush();
            images.flush();
            writer.finish();
        }

        /** Records of one kind, written a chunk at a time, with progress after each chunk. */
        private final class Batch<R> {

            private final String what;
            private final long total;
            private final int size;
            private final Consumer<List<R>> write;
            private final List<R> pending = new ArrayList<>();
            private long done;

            Batch(String what, long total, int size, Consumer<List<R>> write) {
                this.what = what;
                this.total = total;
                this.size = size;
                this.write = write;
            }

            void add(R record) {
                pending.add(record);
                if (pending.size() == size) {
                    flush();
                }
            }

            void flush() {
                if (!pending.isEmpty()) {
                    write.accept(pending);
                    done += pending.size();
                    pending.clear();
                    progress.written(what, done, total);
                }
            }
        }
    }
}
