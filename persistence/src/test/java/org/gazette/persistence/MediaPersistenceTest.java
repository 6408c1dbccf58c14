package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.gazette.application.ArticleDraft;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Uploaded images keep their bytes in the database, are found where articles use them, and go away whole. */
class MediaPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImageComesBackByteForByteAndIsFoundWhereArticlesUseIt(TestDatabase database) throws Exception {
        byte[] png = TestImages.drawn(1000, 500, "png");
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory writer = db.entityManagerFactory();
            MediaAsset uploaded = Store.inTransaction(writer, CLOCK, store -> {
                MediaAsset.Upload upload = MediaAsset.of("dock.png", png, "A dock at dawn", "ada", NOW);
                store.media.add(upload);
                String asset = upload.asset().id();
                store.publishing.write(draft("Covered", upload.asset().address(960), "No picture inside."), "ada");
                store.publishing.write(draft("Illustrated", null, "Look: ![dock](/media/" + asset + "/480/dock.png)"), "ada");
                store.publishing.write(draft("Unrelated", "https://cdn.example/other.png", "Nothing here."), "ada");
                return upload.asset();
            });
            writer.close();

            EntityManagerFactory reader = db.entityManagerFactory();
            Store.inTransaction(reader, CLOCK, store -> {
                MediaAsset read = store.media.findById(uploaded.id()).orElseThrow();
                assertEquals(List.of(480, 960, 1000), read.widths());
                assertEquals("A dock at dawn", read.alt());
                assertArrayEquals(png, store.media.file(uploaded.id(), 1000).orElseThrow().bytes());
                assertTrue(store.media.file(uploaded.id(), 480).orElseThrow().bytes().length > 0);
                assertEquals(List.of("Covered", "Illustrated"),
                        store.articles.showing(List.of(uploaded.id())).get(uploaded.id()).stream().map(EditorsRow::title).toList());
                store.media.remove(read);
                return null;
            });
            Store.inTransaction(reader, CLOCK, store -> {
                assertTrue(store.media.findById(uploaded.id()).isEmpty());
                assertTrue(store.media.file(uploaded.id(), 960).isEmpty());
                assertTrue(store.media.newest(0, 10).isEmpty());
                return null;
            });
            reader.close();
        }
    }

    private static ArticleDraft draft(String title, String coverUrl, String body) {
        return new ArticleDraft(title, null, "Summary.", body, BodyFormat.MARKDOWN, "Ada Lovelace", List.of(), coverUrl,
                coverUrl == null ? null : "A cover", null);
    }
}
