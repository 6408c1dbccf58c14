package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A restore refuses, with the reason and without writing anything, an archive into a site that has
 * content, and an archive that is damaged, incomplete or newer than this Gazette. The site the tests
 * share has content (the sample site at least), so a sound archive of it shows the first refusal, and
 * broken copies of that archive the others. What was written is judged by a second export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteRestoreIT {

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void aSoundArchiveIsRefusedByASiteWithContentAndNothingIsWritten() throws Exception {
        Map<String, byte[]> before = currentArchive();

        HttpResponse<String> refused = SiteArchives.restore(SiteArchives.zip(before));

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(error(refused).startsWith("This site is not empty ("), refused.body());
        assertUnchangedSince(before);
    }

    @Test
    void theSettingsScreenRefusesARestoreIntoThisSiteWithTheReason(@TempDir Path folder) throws Exception {
        Map<String, byte[]> before = currentArchive();
        Path archive = Files.write(folder.resolve("backup.zip"), SiteArchives.zip(before));
        AdminScreens admin = new AdminScreens(Browser.start(), Gazette.ADMIN_PASSWORD);
        try {
            admin.signIn("admin", Gazette.ADMIN_PASSWORD);
            admin.browser().get(Gazette.BASE_URL + "/admin/settings.xhtml");
            admin.browser().findElement(By.id("restore:archive")).sendKeys(archive.toString());
            admin.press("restore:send");

            assertTrue(admin.messages().startsWith("This site is not empty ("), admin.messages());
        } finally {
            admin.close();
        }
        assertUnchangedSince(before);
    }

    @Test
    void aCutOffArchiveIsRefusedAsNoCompleteZip() throws Exception {
        Map<String, byte[]> before = currentArchive();
        byte[] whole = SiteArchives.zip(before);

        HttpResponse<String> refused = SiteArchives.restore(Arrays.copyOf(whole, whole.length / 2));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(error(refused).startsWith("The file is not a complete ZIP archive"), refused.body());
        assertUnchangedSince(before);
    }

    @Test
    void aDocumentCutShortIsRefusedWithWhereItBroke() throws Exception {
        Map<String, byte[]> before = currentArchive();
        byte[] document = before.get("site.json");

        HttpResponse<String> refused = restoreWith(before, Arrays.copyOf(document, document.length - 40));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(error(refused).matches("site\\.json is damaged at line 1, column \\d+: .*"), refused.body());
        assertUnchangedSince(before);
    }

    @Test
    void aNewerFormatIsRefusedWithTheFormatsNamed() throws Exception {
        Map<String, byte[]> before = currentArchive();

        HttpResponse<String> refused = restoreWith(before, changed(before, document -> Json.createObjectBuilder(document)
                .add("manifest", Json.createObjectBuilder(document.getJsonObject("manifest")).add("format", 3)).build()));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("The archive has format 3, newer than this Gazette reads (format 2); restore it with the Gazette version that made it,"
                + " or a newer one.", error(refused));
        assertUnchangedSince(before);
    }

    /** The restore writes users, authors and tags before the articles that name them, so a document in another order is refused at once. */
    @Test
    void aDocumentWhoseFieldsAreOutOfOrderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Map<String, byte[]> before = currentArchive();

        HttpResponse<String> refused = restoreWith(before, changed(before, document -> {
            JsonObjectBuilder reordered = Json.createObjectBuilder();
            for (String field : List.of("manifest", "site", "users", "tags", "authors", "articles", "redirects", "media")) {
                reordered.add(field, document.get(field));
            }
            return reordered.build();
        }));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(error(refused).contains("has 'authors' after 'tags'; its fields come once each, in the documented order: manifest, site,"
                + " users, authors, tags, articles, redirects, media."), refused.body());
        assertUnchangedSince(before);
    }

    @Test
    void anArticleOfAnUnknownTagIsRefusedByNameBeforeTheSiteIsLookedAt() throws Exception {
        Map<String, byte[]> before = currentArchive();
        JsonObject document = SiteArchives.document(before);
        JsonObject first = document.getJsonArray("articles").getJsonObject(0);

        HttpResponse<String> refused = restoreWith(before, changed(before, whole -> Json.createObjectBuilder(whole)
                .add("articles", Json.createArrayBuilder(whole.getJsonArray("articles"))
                        .set(0, Json.createObjectBuilder(first).add("tags", Json.createArrayBuilder().add("no-such-tag"))))
                .build()));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("The archive's article " + first.getString("id") + " ('" + first.getString("slug") + "') cannot be restored: The tag"
                + " 'no-such-tag' of article " + first.getString("id") + " is not among the archive's tags.", error(refused));
        assertUnchangedSince(before);
    }

    @Test
    void anArchiveWithoutTheFileOfAnImageIsRefused() throws Exception {
        Map<String, byte[]> before = currentArchive();
        String mediaFile = before.keySet().stream().filter(name -> name.startsWith("media/")).findFirst().orElse(null);
        Map<String, byte[]> entries = new LinkedHashMap<>(before);
        if (mediaFile == null) {
            JsonObject document = SiteArchives.document(before);
            entries.put("site.json", changed(before, whole -> Json.createObjectBuilder(whole).add("media", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("id", "00000000-0000-4000-8000-000000000000").add("fileName", "gone.png")
                            .add("contentType", "image/png").add("sizeBytes", 10).add("width", 10).add("height", 10)
                            .add("widths", Json.createArrayBuilder().add(10)).add("alt", "Gone").add("uploadedBy", "admin")
                            .add("uploadedAt", document.getJsonObject("manifest").getString("exportedAt")))).build()));
            mediaFile = "media/00000000-0000-4000-8000-000000000000/10";
        } else {
            entries.remove(mediaFile);
        }

        HttpResponse<String> refused = SiteArchives.restore(SiteArchives.zip(entries));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(error(refused).endsWith("The archive lacks the file " + mediaFile + " of image " + mediaFile.split("/")[1] + "."), refused.body());
        assertUnchangedSince(before);
    }

    private static Map<String, byte[]> currentArchive() throws Exception {
        HttpResponse<byte[]> export = SiteArchives.export(true);
        assertEquals(200, export.statusCode());
        return SiteArchives.entries(export.body());
    }

    /** Nothing the archive holds changed: a new export equals the one taken before, but for its time. */
    private static void assertUnchangedSince(Map<String, byte[]> before) throws Exception {
        Map<String, byte[]> after = currentArchive();
        assertEquals(SiteArchives.withoutExportTime(SiteArchives.document(before)), SiteArchives.withoutExportTime(SiteArchives.document(after)));
        assertEquals(before.keySet(), after.keySet());
    }

    private static HttpResponse<String> restoreWith(Map<String, byte[]> archive, byte[] document) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(archive);
        entries.put("site.json", document);
        return SiteArchives.restore(SiteArchives.zip(entries));
    }

    private static byte[] changed(Map<String, byte[]> archive, UnaryOperator<JsonObject> change) {
        return change.apply(SiteArchives.document(archive)).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String error(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("error");
    }
}
