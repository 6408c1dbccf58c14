package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gazette.domain.media.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The documented move from the embedded H2 database to PostgreSQL: a site with revisions, redirects,
 * an image and several users is exported on H2, the server is started on a new PostgreSQL schema as
 * an operator would start it, the archive is restored there, and a second export equals the first in
 * everything but its time. The server goes back to its H2 database afterwards, so the test runs in
 * the H2 pass only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteMoveIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PASSWORD = "a-long-enough-password";

    @TempDir
    static Path files;

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void aSiteExportedOnH2IsRestoredOnPostgreSqlAndExportsTheSameThere() throws Exception {
        String movedPath = writeASiteWithRevisionsARedirectAnImageAndUsers();
        HttpResponse<byte[]> onH2 = SiteArchives.export(true);
        assertEquals(200, onH2.statusCode());
        Map<String, byte[]> before = SiteArchives.entries(onH2.body());

        Map<String, byte[]> after;
        HttpResponse<String> restored;
        PostgreSqlSchema schema = PostgreSqlSchema.empty("gazette_move");
        try {
            Asadmin.restartWith(schema.serverEnvironment(Map.of()));
            restored = SiteArchives.restore(SiteArchives.zip(before));
            after = SiteArchives.entries(SiteArchives.export(true).body());
            assertEquals(301, Gazette.get(movedPath).statusCode(), "the old address still leads on, on PostgreSQL");
        } finally {
            Asadmin.restartWith(Map.of());
        }

        assertEquals(200, restored.statusCode(), restored.body());
        List<String> report = restored.body().lines().toList();
        assertTrue(report.get(report.size() - 1).startsWith("Restored " + SiteArchives.document(before).getJsonArray("articles").size() + " articles"),
                restored.body());
        assertTrue(report.stream().anyMatch(line -> line.startsWith("articles: ")), "progress per chunk: " + restored.body());
        assertEquals(SiteArchives.withoutExportTime(SiteArchives.document(before)), SiteArchives.withoutExportTime(SiteArchives.document(after)));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> {
            if (!"site.json".equals(name)) {
                assertArrayEquals(bytes, after.get(name), name);
            }
        });
    }

    /** Writes through the admin what a site holds besides the sample: users, an article saved twice and moved, an image. Answers the old path. */
    private static String writeASiteWithRevisionsARedirectAnImageAndUsers() throws Exception {
        AdminScreens admin = AdminScreens.withUsers(PASSWORD, Map.of("mover-editor-" + RUN, "EDITOR", "mover-writer-" + RUN, "CONTRIBUTOR"));
        try {
            admin.signIn("admin", Gazette.ADMIN_PASSWORD);
            Path image = files.resolve("harbour-" + RUN + ".png");
            Files.write(image, TestImages.drawn(1200, 600, "png"));
            admin.browser().get(Gazette.BASE_URL + "/admin/media.xhtml");
            admin.browser().findElement(By.id("upload:file")).sendKeys(image.toString());
            admin.type("upload:alt", "A harbour at dusk");
            admin.press("upload:send");
            admin.waitFor("Uploaded harbour-" + RUN + ".png", admin::messages);

            admin.newArticle("Moving house " + RUN, "The first draft.");
            admin.press("editor:save");
            admin.type("editor:body", "The second draft, with more to say.");
            admin.press("editor:save");
            admin.press("editor:publish");
            admin.type("editor:slug", "moved-house-" + RUN);
            admin.press("editor:save");
        } finally {
            admin.close();
        }
        HttpResponse<String> old = Gazette.get("/moving-house-" + RUN);
        assertEquals(301, old.statusCode(), "the article moved, and its old address leads on");
        return "/moving-house-" + RUN;
    }
}
