package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.gazette.domain.media.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The media library in headless Chromium against the deployed EAR: uploads are checked by their
 * content and size, an image becomes a cover that readers get in every size, and an image in use
 * cannot be deleted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaLibraryIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String AUTHOR = "photographer-" + RUN;
    private static final String CONTRIBUTOR = "apprentice-" + RUN;
    private static final String NEIGHBOUR = "neighbour-" + RUN;

    private static ChromeDriver browser;
    private static AdminScreens admin;

    @TempDir
    static Path files;

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @BeforeAll
    static void startBrowserAndAddUsers() throws Exception {
        admin = AdminScreens.withUsers(PASSWORD, Map.of(AUTHOR, "AUTHOR", CONTRIBUTOR, "CONTRIBUTOR", NEIGHBOUR, "AUTHOR"));
        browser = admin.browser();
    }

    @BeforeEach
    void signedInAsAnAuthor() {
        admin.startSignedOut();
        admin.signIn(AUTHOR, PASSWORD);
    }

    @AfterAll
    static void stopBrowser() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void anUploadedImageBecomesACoverThatReadersGetInEverySizeAndCannotBeDeletedWhileUsed() throws Exception {
        byte[] png = TestImages.drawn(2000, 1000, "png");
        String fileName = "harbour-" + RUN + ".png";
        upload(fileName, png, "Boats moored in a harbour at dusk");
        admin.waitFor("Uploaded " + fileName + " (2000 × 1000 pixels).", admin::messages);
        String original = row(fileName).findElement(By.linkText(fileName)).getAttribute("href");

        HttpResponse<byte[]> served = getBytes(original);
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body(), "the original is served byte for byte");
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(served.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        assertTrue(served.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Gazette.client(false).send(HttpRequest.newBuilder(URI.create(original)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        String title = "Harbour " + RUN;
        admin.newArticle(title, "A quiet evening by the water.");
        browser.findElement(By.cssSelector("#editor\\:libraryCover option[value='" + URI.create(original).getPath() + "']")).click();
        admin.press("editor:useCover");
        assertEquals("Boats moored in a harbour at dusk", browser.findElement(By.id("editor:coverAlt")).getAttribute("value"));
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        String articlePath = browser.findElement(By.cssSelector(".article-status a")).getAttribute("href");

        String page = Gazette.get(URI.create(articlePath).getPath()).body();
        assertEquals(List.of(), NuHtmlChecker.errors(page), "the page with a responsive cover is valid HTML");
        Element cover = Jsoup.parse(page).selectFirst("figure.cover img");
        String base = URI.create(original).getPath().replace("/2000/", "/%d/");
        assertEquals(String.join(", ", List.of(480, 960, 1600, 2000).stream().map(width -> base.formatted(width) + " " + width + "w").toList()),
                cover.attr("srcset"));
        assertEquals("2000", cover.attr("width"));
        assertEquals("1000", cover.attr("height"));
        assertEquals("Boats moored in a harbour at dusk", cover.attr("alt"));
        HttpResponse<byte[]> small = getBytes(Gazette.BASE_URL + base.formatted(480));
        assertEquals(200, small.statusCode(), "the smallest size is served");
        assertTrue(small.body().length < png.length);
        String feed = Gazette.get("/feed/rss.xml").body();
        String item = feed.substring(feed.indexOf("<title>" + title + "</title>"));
        assertEquals(Gazette.PUBLIC_URL + URI.create(original).getPath(), item.replaceFirst("(?s).*?<media:content [^>]*url=\"([^\"]+)\".*", "$1"),
                "the feed's media:content is the original's absolute address");

        browser.get(Gazette.BASE_URL + "/admin/media.xhtml");
        assertTrue(row(fileName).getText().contains(title), "the library shows where the image is used");
        admin.press(row(fileName).findElement(By.cssSelector("input[value=Delete]")).getAttribute("id"));
        admin.waitFor("still used by " + title, admin::messages);
        assertEquals(200, getBytes(original).statusCode(), "the image is still served");
    }

    /**
     * A writer formats with the toolbar and its shortcuts, sees the words counted as they type, puts
     * a library image where the cursor is, is warned before leaving it unsaved, and readers get it all.
     */
    @Test
    void aWriterFormatsWithTheToolbarAndPutsALibraryImageWhereTheCursorIs() throws Exception {
        String fileName = "workbench-" + RUN + ".png";
        upload(fileName, TestImages.drawn(800, 400, "png"), "A workbench under a window");
        admin.waitFor("Uploaded " + fileName, admin::messages);
        String image = URI.create(row(fileName).findElement(By.linkText(fileName)).getAttribute("href")).getPath();
        String title = "Toolbar " + RUN;
        admin.newArticle(title, "Plane the edge first");
        WebElement body = browser.findElement(By.id("editor:body"));

        browser.executeScript("arguments[0].setSelectionRange(10, 14)", body);
        body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        body.sendKeys(Keys.END, Keys.ENTER, "Then the faces");
        WebElement toolbar = browser.findElement(By.cssSelector("[role=toolbar][aria-label=Formatting]"));
        toolbar.findElement(By.xpath("button[text()='List']")).click();
        assertEquals("Plane the **edge** first\n- Then the faces", body.getAttribute("value"), "a shortcut and a button");
        assertEquals("7 words · about 1 min read", browser.findElement(By.id("editor:body-words")).getText());
        WebElement bold = toolbar.findElement(By.xpath("button[text()='Bold']"));
        bold.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Italic", browser.switchTo().activeElement().getText(), "the arrow keys move along the toolbar");
        new Select(browser.findElement(By.id("editor:format"))).selectByValue("HTML");
        assertFalse(bold.isDisplayed(), "the formatting writes Markdown, so it is there for Markdown only");
        new Select(browser.findElement(By.id("editor:format"))).selectByValue("MARKDOWN");
        assertTrue(bold.isDisplayed());
        toolbar.findElement(By.xpath("button[text()='Focus']")).click();
        assertFalse(browser.findElement(By.cssSelector(".admin-bar")).isDisplayed(), "distraction-free: no navigation");
        assertFalse(browser.findElement(By.id("editor:author")).isDisplayed(), "nor any field but the title and the text");
        assertTrue(browser.findElement(By.id("editor:title")).isDisplayed() && body.isDisplayed());
        body.sendKeys(Keys.ESCAPE);
        assertTrue(browser.findElement(By.cssSelector(".admin-bar")).isDisplayed(), "Esc ends it");

        // Focused first: WebDriver puts the caret at the end of a field it has to focus itself.
        browser.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(24, 24)", body);
        body.sendKeys(Keys.SHIFT);
        new Select(browser.findElement(By.id("editor:libraryCover"))).selectByValue(image);
        admin.press("editor:insertImage");
        assertEquals("Plane the **edge** first\n\n![A workbench under a window](<" + image + ">)\n\n- Then the faces",
                browser.findElement(By.id("editor:body")).getAttribute("value"), "the image, with its alt text, where the cursor was");
        assertTrue(leavingIsQuestioned(), "an inserted image is not saved yet");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        assertFalse(leavingIsQuestioned(), "nothing is left unsaved once published");

        String articlePath = URI.create(browser.findElement(By.cssSelector(".article-status a")).getAttribute("href")).getPath();
        Element article = Jsoup.parse(Gazette.get(articlePath).body()).selectFirst("article .body");
        assertEquals("edge", article.selectFirst("p strong").text());
        assertEquals("A workbench under a window", article.selectFirst("img[src*=" + image.split("/")[2] + "]").attr("alt"));
        assertEquals("Then the faces", article.selectFirst("ul li").text());
        assertTrue(article.html().indexOf("<img") < article.html().indexOf("<ul"), "the image sits between the paragraph and the list");
    }

    /** Whether leaving the page now would ask first: the page's beforeunload handler cancels the event. */
    private boolean leavingIsQuestioned() {
        return (Boolean) browser.executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(leaving); return leaving.defaultPrevented;");
    }

    @Test
    void anAuthorUploadsACoverFromTheEditorAndLibraryImagesInTheBodyComeInEverySize() throws Exception {
        String chart = "chart-" + RUN + ".png";
        String chartPath = uploaded(chart, TestImages.drawn(1800, 900, "png"), "A chart");
        WebElement alt = row(chart).findElement(By.cssSelector("input[type=text]"));
        alt.clear();
        alt.sendKeys("A bar chart of the harbour's visitors");
        admin.press(row(chart).findElement(By.cssSelector("input[value='Save alt text']")).getAttribute("id"));
        admin.waitFor("Saved the alt text of " + chart + ".", admin::messages);
        assertEquals("A bar chart of the harbour's visitors", row(chart).findElement(By.cssSelector("input[type=text]")).getAttribute("value"));

        String title = "Lighthouse " + RUN;
        admin.newArticle(title, "Before the chart.\n\n![Visitors by month](" + chartPath + ")\n");
        admin.type("editor:coverAlt", "A lighthouse on a cliff");
        Path cover = files.resolve("lighthouse-" + RUN + ".jpg");
        Files.write(cover, TestImages.drawn(1200, 800, "jpeg"));
        browser.findElement(By.id("editor:coverFile")).sendKeys(cover.toString());
        admin.press("editor:uploadCover");
        admin.waitFor("It is the cover now; save to keep it.", admin::messages);
        assertEquals(title, browser.findElement(By.id("editor:title")).getAttribute("value"), "what was typed survives the upload");
        String coverPath = browser.findElement(By.id("editor:coverUrl")).getAttribute("value");
        assertTrue(coverPath.startsWith("/media/") && coverPath.endsWith("/lighthouse-" + RUN + ".jpg"), coverPath);
        assertEquals(coverPath, new Select(browser.findElement(By.id("editor:libraryCover"))).getFirstSelectedOption().getAttribute("value"),
                "the picker shows the image just uploaded");
        assertEquals(coverPath, URI.create(browser.findElement(By.id("coverThumbnail")).getAttribute("src")).getPath(), "and the editor shows it");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        String articlePath = URI.create(browser.findElement(By.cssSelector(".article-status a")).getAttribute("href")).getPath();

        SecurityHeaderChecks.assertPublicHeaders(Gazette.get(coverPath));
        String page = Gazette.get(articlePath).body();
        Element coverImage = Jsoup.parse(page).selectFirst("figure.cover img");
        assertEquals(coverPath, coverImage.attr("src"));
        assertEquals("A lighthouse on a cliff", coverImage.attr("alt"));
        assertTrue(coverImage.attr("srcset").contains(" 480w") && coverImage.attr("srcset").contains(" 1200w"), coverImage.attr("srcset"));
        Element chartImage = Jsoup.parse(page).selectFirst(".body img");
        String base = chartPath.replace("/1800/", "/%d/");
        assertEquals(String.join(", ", List.of(480, 960, 1600, 1800).stream().map(width -> base.formatted(width) + " " + width + "w").toList()),
                chartImage.attr("srcset"), "the body image comes in every size the library made");
        assertFalse(chartImage.attr("sizes").isEmpty());
        assertEquals(List.of("1800", "900"), List.of(chartImage.attr("width"), chartImage.attr("height")));
        assertEquals(List.of(), NuHtmlChecker.errors(page));
    }

    @Test
    void anAuthorCorrectsTheAltTextOfTheirOwnImagesOnly() throws Exception {
        String harbour = "harbour-" + RUN + ".png";
        upload(harbour, TestImages.drawn(600, 400, "png"), "A harbour at dawn");
        admin.waitFor("Uploaded " + harbour, admin::messages);
        admin.signOut();

        admin.signIn(NEIGHBOUR, PASSWORD);
        library();
        WebElement alt = row(harbour).findElement(By.cssSelector("input[type=text]"));
        alt.clear();
        alt.sendKeys("Something else entirely");
        admin.press(row(harbour).findElement(By.cssSelector("input[value='Save alt text']")).getAttribute("id"));

        admin.waitFor("You may describe only images you uploaded; ask an editor to correct the alt text of '" + harbour + "'.", admin::messages);
        library();
        assertEquals("A harbour at dawn", row(harbour).findElement(By.cssSelector("input[type=text]")).getAttribute("value"), "unchanged");
    }

    @Test
    void aNonImageWithAnImageNameIsRefusedAndNothingIsStored() throws Exception {
        String fileName = "holiday-" + RUN + ".jpg";
        upload(fileName, "<html><script>alert(1)</script></html>".getBytes(), "A beach");
        admin.waitFor("'" + fileName + "' is not an image", admin::messages);
        assertFalse(library().contains(fileName), "nothing was added to the library");
    }

    @Test
    void anOversizedFileIsNamedAsSoonAsItIsChosenAndNeverSent() throws Exception {
        String fileName = "mural-" + RUN + ".png";
        Path mural = files.resolve(fileName);
        // Beyond the 64 MB a request may carry, so only the browser can still say what is wrong.
        Files.write(mural, new byte[70 * 1024 * 1024]);
        browser.get(Gazette.BASE_URL + "/admin/media.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(mural.toString());
        admin.waitFor("'" + fileName + "' is 70.0 MB; uploads may be at most 10.0 MB. Choose a smaller file.",
                () -> browser.findElement(By.id("upload:file-size")).getText());
        admin.type("upload:alt", "A mural");
        WebElement page = browser.findElement(By.tagName("html"));

        browser.findElement(By.id("upload:send")).click();

        Thread.sleep(1000);
        assertFalse(admin.isGone(page), "the form was not sent");
        assertFalse(library().contains(fileName));
    }

    @Test
    void anOversizedUploadIsRefusedByTheServerWithTheLimitNamed() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        new Random(7).nextBytes(eleven);
        String fileName = "poster-" + RUN + ".png";
        Path poster = files.resolve(fileName);
        Files.write(poster, eleven);
        browser.get(Gazette.BASE_URL + "/admin/media.xhtml");
        // As a browser without the admin's script sends it.
        browser.executeScript("document.getElementById('upload:file').removeAttribute('data-max-bytes');");
        browser.findElement(By.id("upload:file")).sendKeys(poster.toString());
        admin.type("upload:alt", "A poster");
        admin.press("upload:send");

        admin.waitFor("'" + fileName + "' is 11.0 MB; uploads may be at most 10.0 MB.", admin::messages);
        assertFalse(library().contains(fileName));
    }

    @Test
    void anUnusedImageIsDeletedAndNoLongerServed() throws Exception {
        String fileName = "spare-" + RUN + ".jpg";
        upload(fileName, TestImages.drawn(640, 480, "jpeg"), "A spare picture");
        admin.waitFor("Uploaded " + fileName, admin::messages);
        String original = row(fileName).findElement(By.linkText(fileName)).getAttribute("href");
        assertEquals("image/jpeg", getBytes(original).headers().firstValue("Content-Type").orElseThrow());

        admin.press(row(fileName).findElement(By.cssSelector("input[value=Delete]")).getAttribute("id"));

        admin.waitFor("Deleted the image.", admin::messages);
        assertFalse(library().contains(fileName));
        assertEquals(404, getBytes(original).statusCode());
    }

    @Test
    void theSiteArchiveHoldsEveryArticleWithItsRevisionsTheUsersWithoutHashesAndTheBytesOfEveryImage() throws Exception {
        String fileName = "archived-" + RUN + ".png";
        String assetId = uploaded(fileName, TestImages.drawn(1200, 800, "png"), "A lighthouse at noon").split("/")[2];

        HttpResponse<byte[]> answer = SiteArchives.export(false);

        assertEquals(200, answer.statusCode());
        assertEquals("application/zip", answer.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"gazette-site-"));
        Map<String, byte[]> entries = SiteArchives.entries(answer.body());
        assertEquals("site.json", entries.keySet().iterator().next(), "the document comes first, so a restore reads it before the files");
        JsonObject site = SiteArchives.document(entries);
        assertEquals(2, site.getJsonObject("manifest").getInt("format"));
        JsonObject author = site.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(user -> user.getString("username").equals(AUTHOR)).findFirst().orElseThrow();
        assertEquals(List.of("AUTHOR"), author.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertTrue(author.isNull("passwordHash"), "no hash unless asked for");
        JsonObject markdown = site.getJsonArray("articles").stream().map(JsonValue::asJsonObject)
                .filter(article -> article.getString("slug").equals("writing-in-markdown")).findFirst().orElseThrow();
        assertEquals("PUBLISHED", markdown.getString("status"));
        assertFalse(markdown.getJsonArray("revisions").isEmpty(), "with its revisions");
        assertEquals("MARKDOWN", markdown.getString("bodyFormat"));
        assertEquals("POST", markdown.getString("kind"));
        assertTrue(markdown.getString("bodySource").contains("**") && !markdown.getString("bodySource").contains("<strong>"),
                "the source as written, not its HTML: " + markdown.getString("bodySource"));
        JsonObject image = site.getJsonArray("media").stream().map(JsonValue::asJsonObject)
                .filter(asset -> asset.getString("id").equals(assetId)).findFirst().orElseThrow();
        assertEquals("A lighthouse at noon", image.getString("alt"));
        for (int width : image.getJsonArray("widths").getValuesAs(JsonNumber::intValue)) {
            byte[] served = getBytes(Gazette.BASE_URL + "/media/" + assetId + "/" + width + "/" + fileName).body();
            assertArrayEquals(served, entries.get("media/" + assetId + "/" + width), "the archive holds the bytes readers get at " + width + " px");
        }

        JsonObject withHashes = SiteArchives.document(SiteArchives.entries(SiteArchives.export(true).body()));
        assertTrue(withHashes.getJsonObject("manifest").getBoolean("passwordHashes"));
        assertTrue(withHashes.getJsonArray("users").stream().map(JsonValue::asJsonObject).filter(user -> user.getString("username").equals(AUTHOR))
                .allMatch(user -> !user.isNull("passwordHash") && !user.getString("passwordHash").contains(PASSWORD)), "a hash, not the password");
        var administrator = Gazette.client(true);
        Gazette.signInOverHttp(administrator, "admin", Gazette.ADMIN_PASSWORD);
        HttpResponse<byte[]> fromTheAdmin = administrator.send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/admin/export")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fromTheAdmin.statusCode());
        assertTrue(SiteArchives.entries(fromTheAdmin.body()).containsKey("media/" + assetId + "/" + image.getInt("width")), "the admin's download is the same archive");
        var photographer = Gazette.client(true);
        Gazette.signInOverHttp(photographer, AUTHOR, PASSWORD);
        assertEquals(403, Gazette.get(photographer, "/admin/export").statusCode(), "only administrators export");
        HttpResponse<String> audit = Gazette.getAsAdmin("/feed/api/v1/audit?format=json&action=SITE_EXPORTED&user=admin");
        assertTrue(audit.body().contains("with password hashes"), "the trail knows who took the hashes: " + audit.body());
    }

    @Test
    void aContributorHasNoMediaLibrary() throws Exception {
        admin.signOut();
        admin.signIn(CONTRIBUTOR, PASSWORD);
        assertTrue(browser.findElements(By.linkText("Media")).isEmpty(), "no link to it");
        var client = Gazette.client(true);
        Gazette.signInOverHttp(client, CONTRIBUTOR, PASSWORD);
        HttpResponse<String> refused = Gazette.get(client, "/admin/media.xhtml");
        assertEquals(403, refused.statusCode(), refused.body());
    }

    private void upload(String fileName, byte[] content, String alt) throws Exception {
        Path file = files.resolve(fileName);
        Files.write(file, content);
        browser.get(Gazette.BASE_URL + "/admin/media.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        admin.type("upload:alt", alt);
        admin.press("upload:send");
    }

    /** Uploads an image and answers the path of its original size. */
    private String uploaded(String fileName, byte[] content, String alt) throws Exception {
        upload(fileName, content, alt);
        admin.waitFor("Uploaded " + fileName, admin::messages);
        return URI.create(row(fileName).findElement(By.linkText(fileName)).getAttribute("href")).getPath();
    }

    private WebElement row(String fileName) {
        return browser.findElements(By.cssSelector("table.media tbody tr")).stream()
                .filter(row -> row.getText().contains(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " is not in the library: " + library()));
    }

    private String library() {
        browser.get(Gazette.BASE_URL + "/admin/media.xhtml");
        return browser.findElement(By.id("content")).getText();
    }

    private static HttpResponse<byte[]> getBytes(String url) throws Exception {
        return Gazette.client(false).send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
