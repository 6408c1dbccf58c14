package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.gazette.domain.importjob.ImportDocument;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJobImage;
import org.gazette.domain.importjob.ImportJobItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An import job as another server reads it back: its progress, its report in order, its document. */
class ImportJobPersistenceTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobComesBackWithItsProgressReportAndDocument(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            EntityManagerFactory factory = db.entityManagerFactory();
            byte[] document = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);
            String id = inTransaction(factory, jobs -> {
                ImportJob job = new ImportJob(3, "Ghost export (Ghost 5.96.0)", true, "https://old.example", "editor", START);
                jobs.add(job, new ImportDocument(job, document));
                return job.id();
            });
            inTransaction(factory, jobs -> {
                jobs.find(id).orElseThrow().progressed(2, START.plusSeconds(3));
                return null;
            });
            assertEquals(ImportJob.State.INTERRUPTED, inTransaction(factory, jobs -> jobs.find(id).orElseThrow().stateAt(START.plusSeconds(60))),
                    "silent since its last chunk");
            inTransaction(factory, jobs -> {
                jobs.find(id).orElseThrow().finished(1, 1, 0, 1, 2, List.of(new ImportJobItem("urn:c", "c", "CREATED", ""),
                        new ImportJobItem("urn:u", "u", "UPDATED", ""), new ImportJobItem("urn:r", null, "REJECTED", "The item has no title.")),
                        List.of(new ImportJobImage("https://old.example/a.png", "/media/x/480/a.png", true, ""),
                                new ImportJobImage("https://old.example/b.png", null, false, "The old site answered 404.")),
                        START.plusSeconds(4));
                return null;
            });

            ImportJob read = inTransaction(factory, jobs -> {
                ImportJob job = jobs.find(id).orElseThrow();
                job.items().size();
                job.images().size();
                return job;
            });
            assertEquals(ImportJob.State.FINISHED, read.stateAt(START.plusSeconds(600)));
            assertEquals(List.of("urn:c", "urn:u", "urn:r"), read.items().stream().map(ImportJobItem::guid).toList(), "in the report's order");
            assertEquals("The item has no title.", read.items().get(2).reason());
            assertTrue(read.copiesImages());
            assertEquals("https://old.example", read.oldSite());
            assertEquals("Ghost export (Ghost 5.96.0)", read.format());
            assertEquals(List.of("https://old.example/a.png", "https://old.example/b.png"),
                    read.images().stream().map(ImportJobImage::sourceUrl).toList(), "images in the report's order");
            assertEquals("The old site answered 404.", read.images().get(1).reason());
            assertEquals(2, read.skipped(), "skipped items are counted apart from rejected ones");
            assertEquals(List.of(id), inTransaction(factory, jobs -> jobs.newest(10).stream().map(ImportJob::id).toList()));
            assertArrayEquals(document, inTransaction(factory, jobs -> jobs.documentOf(jobs.find(id).orElseThrow()).orElseThrow().bytes()));
            factory.close();
        }
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<JpaImportJobRepository, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new JpaImportJobRepository(em));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
