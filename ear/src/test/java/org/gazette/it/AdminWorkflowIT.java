package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Editors at work in the admin, in headless Chromium against the deployed EAR: users with roles,
 * writing and publishing, scheduling, what contributors and authors may not do, and a stale save.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminWorkflowIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String AUTHOR = "author-" + RUN;
    private static final String CONTRIBUTOR = "contributor-" + RUN;
    private static final String GUARDED = "guarded-" + RUN;
    private static final String WRONG = "The user name or password is wrong.";
    private static final String REFUSAL = "Too many failed sign-ins. Wait a little before you try again.";
    private static final String EDITOR = "editor-" + RUN;
    private static final String CHANGER = "changer-" + RUN;

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
        admin = AdminScreens.withUsers(PASSWORD, Map.of(AUTHOR, "AUTHOR", CONTRIBUTOR, "CONTRIBUTOR", GUARDED, "AUTHOR", EDITOR, "EDITOR", CHANGER, "CONTRIBUTOR"));
        browser = admin.browser();
    }

    @BeforeEach
    void signedOut() {
        admin.startSignedOut();
    }

    @AfterAll
    static void stopBrowser() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void signingOutEndsTheSession() {
        admin.signIn(AUTHOR, PASSWORD);
        assertEquals("Signed in as " + AUTHOR + ".", browser.findElement(By.cssSelector(".signed-in")).getText());

        admin.signOut();

        assertEquals("You have signed out.", browser.findElement(By.cssSelector(".info")).getText());
        browser.get(Gazette.BASE_URL + "/admin/");
        assertTrue(browser.getCurrentUrl().contains("/admin/login.xhtml?next="), browser.getCurrentUrl());
    }

    @Test
    void anAuthorWritesPreviewsAndPublishesAndReadersGetTheArticleWithoutItsScript() throws Exception {
        String title = "Field notes " + RUN;
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle(title, "## Seen today\n\nA line.<script>document.title='owned'</script>"
                + "<img src=\"x\" onerror=\"document.title='owned'\">\n\n[click](javascript:alert(1))\n");
        admin.type("editor:summary", "What we saw.");
        admin.type("editor:tags", "Notes, Testing");

        admin.press("editor:preview");
        admin.waitFor("Seen today", () -> browser.findElements(By.cssSelector(".preview .body h2")).stream().map(WebElement::getText)
                .findFirst().orElse(""));
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        admin.signOut();

        Document home = Jsoup.parse(Gazette.get("/").body());
        String path = home.select("article.teaser h2 a").stream().filter(link -> link.text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not on the home page")).attr("href");
        String page = Gazette.get(path).body();
        String feed = Gazette.get("/feed/rss.xml").body();
        assertTrue(feed.contains(title), "the feed lists it");
        for (String served : List.of(page, feed.substring(feed.indexOf(title)))) {
            assertFalse(served.contains("document.title='owned'"), "the script and the handler are gone");
            assertFalse(served.contains("javascript:alert"), "the javascript: link is gone");
        }
        assertTrue(page.contains("Seen today"));
    }

    @Test
    void aScheduledArticleGoesPublicAtItsTimeWithNobodySignedIn() throws Exception {
        String title = "Scheduled " + RUN;
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle(title, "Comes out by itself.");
        String inTwentySeconds = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("editor:scheduleAt")), inTwentySeconds);
        admin.press("editor:schedule");
        admin.waitFor("scheduled", admin::status);
        admin.signOut();
        assertFalse(Gazette.get("/").body().contains(title), "not yet public");

        long deadline = System.currentTimeMillis() + 60_000;
        while (!Gazette.get("/").body().contains(title)) {
            assertTrue(System.currentTimeMillis() < deadline, title + " did not go public within 40 s of its time");
            Thread.sleep(1_000);
        }
    }

    /**
     * An administrator without an author profile is asked for a byline instead of publishing under
     * their login by accident; an author starts under the profile their articles appear under.
     */
    @Test
    void aNewArticleStartsUnderTheWritersOwnBylineAndNeverUnderALoginByAccident() {
        String title = "Unsigned " + RUN;
        String writer = "writer-" + RUN;
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        admin.addUser(writer, "AUTHOR");
        browser.get(Gazette.BASE_URL + "/admin/edit.xhtml");
        assertEquals("", browser.findElement(By.id("editor:author")).getAttribute("value"), "no byline is made up for an administrator");
        admin.type("editor:title", title);
        admin.type("editor:body", "Whose is this?");
        admin.press("editor:save");
        admin.waitFor("An article needs an author.", admin::messages);
        browser.get(Gazette.BASE_URL + "/admin/?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains(title), "nothing was saved");
        admin.signOut();

        admin.signIn(writer, PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/edit.xhtml");
        assertEquals(writer, browser.findElement(By.id("editor:author")).getAttribute("value"), "an author writes under their own profile");
        admin.signOut();
    }

    @Test
    void onlyEditorsWriteUnderAnotherNameAndContributorsHaveNoTrash() {
        String title = "Bylined " + RUN;
        String famous = "Famous Writer " + RUN;
        admin.signIn(CONTRIBUTOR, PASSWORD);
        admin.newArticle(title, "By me.");
        admin.type("editor:author", famous);
        admin.press("editor:save");
        admin.waitFor("Only editors and administrators publish under another name", admin::messages);
        admin.type("editor:author", CONTRIBUTOR);
        admin.press("editor:save");
        admin.waitFor("a draft", admin::status);
        assertTrue(browser.findElements(By.id("editor:trash")).isEmpty(), "contributors have no trash");
        String editUrl = browser.getCurrentUrl();
        admin.signOut();

        admin.signIn(EDITOR, PASSWORD);
        browser.get(editUrl);
        admin.type("editor:author", famous);
        admin.press("editor:save");
        admin.waitFor("Saved.", admin::messages);
        assertEquals(famous, browser.findElement(By.id("editor:author")).getAttribute("value"));
        assertFalse(browser.findElements(By.id("editor:trash")).isEmpty(), "editors may move it to the trash");
        admin.signOut();
    }

    @Test
    void aContributorCannotPublishEvenByPostingTheButtonAndAnAuthorCannotEditTheirDraft() throws Exception {
        String title = "Contributed " + RUN;
        admin.signIn(CONTRIBUTOR, PASSWORD);
        admin.newArticle(title, "Please review.");
        admin.press("editor:save");
        admin.waitFor("a draft", admin::status);
        String editUrl = browser.getCurrentUrl();
        assertTrue(browser.findElements(By.id("editor:publish")).isEmpty(), "no publish button for contributors");

        admin.submit(() -> browser.executeScript("var form = document.getElementById('editor');"
                + "var button = document.createElement('input'); button.type = 'hidden'; button.name = 'editor:publish';"
                + "button.value = 'Publish now'; form.appendChild(button); form.submit();"));
        assertEquals("a draft", admin.status());
        admin.signOut();
        assertFalse(Gazette.get("/").body().contains(title), "still not public");

        admin.signIn(AUTHOR, PASSWORD);
        browser.get(editUrl);
        assertTrue(admin.messages().contains("You may not change this article"));
        assertTrue(browser.findElements(By.id("editor:save")).isEmpty(), "no save button on someone else's draft");

        admin.newArticle("The author's own " + RUN, "Mine.");
        admin.press("editor:save");
        admin.waitFor("a draft", admin::status);
        admin.type("editor:body", "Overwritten by the author.");
        String othersId = editUrl.substring(editUrl.indexOf("id=") + 3);
        admin.submit(() -> browser.executeScript("var form = document.getElementById('editor');"
                + "form.action = form.action.split('?')[0] + '?id=' + arguments[0]; document.getElementById('editor:save').click();", othersId));
        admin.waitFor("You may edit only your own articles", admin::messages);
        admin.signOut();
        admin.signIn(CONTRIBUTOR, PASSWORD);
        browser.get(editUrl);
        assertEquals("Please review.", browser.findElement(By.id("editor:body")).getAttribute("value"),
                "the service refused the forged save; the contributor's draft is as they left it");
        admin.signOut();
    }

    /** A writer who uses no mouse signs in, writes and publishes with the keyboard alone, in the page's own tab order. */
    @Test
    void aWriterPublishesWithTheKeyboardAlone() throws Exception {
        String title = "Keyboard " + RUN;
        admin.startSignedOut();
        browser.get(Gazette.BASE_URL + "/admin/");
        tabTo("username").sendKeys(AUTHOR);
        tabTo("password").sendKeys(PASSWORD);
        admin.submit(() -> browser.switchTo().activeElement().sendKeys(Keys.ENTER));
        tabTo("a[href$='/edit.xhtml']").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("editor:title")).isEmpty());
        tabTo("editor:title").sendKeys(title);
        tabTo("editor:body").sendKeys("Written without a mouse.");
        if (browser.findElement(By.id("editor:author")).getAttribute("value").isEmpty()) {
            tabTo("editor:author").sendKeys(AUTHOR);
        }
        admin.submit(() -> tabTo("editor:publish").sendKeys(Keys.ENTER));
        admin.waitFor("published", admin::status);

        assertTrue(Gazette.get("/").body().contains(title), "readers have it");
        admin.signOut();
    }

    /** Presses Tab until the element with this id, or matching this selector, has the focus, as a keyboard user would. */
    private WebElement tabTo(String idOrSelector) {
        By wanted = idOrSelector.matches("[\\w:]+") ? By.id(idOrSelector) : By.cssSelector(idOrSelector);
        WebElement target = browser.findElement(wanted);
        for (int presses = 0; presses < 120; presses++) {
            if (browser.switchTo().activeElement().equals(target)) {
                return target;
            }
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(idOrSelector + " cannot be reached with the Tab key");
    }

    /**
     * Each writer's dashboard shows what waits for them: their own drafts, what waits for review (all
     * of it for an editor, their own for a contributor), what is scheduled and when, the newest
     * publications, and for editors the last import.
     */
    @Test
    void theDashboardShowsEachWriterWhatWaitsForThemAndWhen() throws Exception {
        String draft = "Desk draft " + RUN;
        String review = "Desk review " + RUN;
        String scheduled = "Desk scheduled " + RUN;
        String published = "Desk published " + RUN;
        admin.signIn(CONTRIBUTOR, PASSWORD);
        admin.newArticle(review, "For the editors.");
        admin.press("editor:submitForReview");
        admin.waitFor("pending review", admin::status);
        admin.signOut();

        admin.signIn(EDITOR, PASSWORD);
        admin.newArticle(draft, "Not yet.");
        admin.press("editor:save");
        admin.waitFor("a draft", admin::status);
        admin.newArticle(scheduled, "Later.");
        LocalDateTime goesOut = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withSecond(0).withNano(0);
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("editor:scheduleAt")),
                goesOut.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
        admin.press("editor:schedule");
        admin.waitFor("scheduled", admin::status);
        admin.newArticle(published, "Now.");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        HttpResponse<String> imported = Gazette.importAsAdmin("""
                <rss version="2.0"><channel><title>Desk</title><link>https://desk-%1$s.example/</link>
                <item><guid>urn:test:desk-%1$s</guid><title>Desk import %1$s</title><link>https://desk-%1$s.example/one</link>
                <pubDate>Mon, 02 Jun 2003 06:00:00 GMT</pubDate></item></channel></rss>""".formatted(RUN).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());

        browser.get(Gazette.BASE_URL + "/admin/dashboard.xhtml");
        assertTrue(section("drafts").contains(draft), section("drafts"));
        assertTrue(section("review").contains(review), "an editor sees every article waiting for review: " + section("review"));
        assertTrue(section("scheduled").contains(scheduled + "\ngoes out " + goesOut.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))),
                section("scheduled"));
        assertTrue(section("published").startsWith("Recently published\n" + published), "the newest first: " + section("published"));
        assertTrue(section("lastImport").contains("by admin: finished 1 of 1 items, 1 created"), section("lastImport"));
        assertFalse(section("drafts").contains(review) || section("drafts").contains(scheduled), "only drafts are drafts");
        admin.signOut();

        admin.signIn(CONTRIBUTOR, PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/dashboard.xhtml");
        assertTrue(section("review").contains(review), section("review"));
        assertFalse(section("drafts").contains(draft), "an editor's draft is not on a contributor's desk: " + section("drafts"));
        assertTrue(browser.findElements(By.id("lastImport")).isEmpty(), "contributors do not import");
        admin.signOut();
    }

    private String section(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aContributorSubmitsForReviewAndAnEditorFindsAndPublishesIt() throws Exception {
        String title = "Reviewed " + RUN;
        admin.signIn(CONTRIBUTOR, PASSWORD);
        admin.newArticle(title, "Ready when you are.");
        admin.press("editor:submitForReview");
        admin.waitFor("pending review", admin::status);
        String editUrl = browser.getCurrentUrl();
        admin.signOut();
        assertFalse(Gazette.get("/").body().contains(title), "not public while it waits");

        admin.signIn(EDITOR, PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/?status=PENDING");
        assertTrue(browser.findElement(By.cssSelector("table.articles")).getText().contains(title), "the editor finds it among those pending");
        browser.get(editUrl);
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        admin.signOut();
        assertTrue(Gazette.get("/").body().contains(title), "public once the editor published it");
    }

    @Test
    void editorsFilterByTagRenameTagsForReadersAndDeleteOnlyUnusedOnes() throws Exception {
        String title = "Rock life " + RUN;
        String kept = "tidepools-" + RUN;
        String dropped = "driftwood-" + RUN;
        admin.signIn(EDITOR, PASSWORD);
        admin.newArticle(title, "Anemones and crabs.");
        admin.type("editor:tags", "Tidepools " + RUN + ", Driftwood " + RUN);
        admin.press("editor:save");
        admin.type("editor:tags", "Tidepools " + RUN);
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);

        browser.get(Gazette.BASE_URL + "/admin/?tag=" + kept);
        assertTrue(browser.findElement(By.cssSelector("table.articles")).getText().contains(title), "filtered by its tag");
        browser.get(Gazette.BASE_URL + "/admin/?tag=" + dropped);
        assertFalse(browser.findElement(By.cssSelector("table.articles")).getText().contains(title), "no longer under the removed tag");

        browser.get(Gazette.BASE_URL + "/admin/tags.xhtml");
        WebElement name = tagRow(kept).findElement(By.cssSelector("input[type=text]"));
        name.clear();
        name.sendKeys("Rock Pools " + RUN);
        admin.press(tagRow(kept).findElement(By.cssSelector("input[value=Rename]")).getAttribute("id"));
        admin.waitFor("Renamed the tag to Rock Pools " + RUN, admin::messages);
        admin.press(tagRow(kept).findElement(By.cssSelector("input[value=Delete]")).getAttribute("id"));
        admin.waitFor("is still on 1 article", admin::messages);
        admin.press(tagRow(dropped).findElement(By.cssSelector("input[value=Delete]")).getAttribute("id"));
        admin.waitFor("Deleted the tag " + dropped, admin::messages);
        assertFalse(browser.findElement(By.id("content")).getText().contains("/tags/" + dropped));
        admin.signOut();

        Document listing = Jsoup.parse(Gazette.get("/tags/" + kept).body());
        assertTrue(listing.select("h1").text().contains("Rock Pools " + RUN), "readers see the new name at the same address: " + listing.select("h1").text());
    }

    private WebElement tagRow(String slug) {
        return browser.findElements(By.cssSelector("table.tags-table tbody tr")).stream()
                .filter(row -> row.getText().contains("/tags/" + slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + slug));
    }

    @Test
    void theEditorChecksTheAddressAsYouTypeCountsTheSummaryAndAutosaves() {
        String title = "Tide tables " + RUN;
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle(title, "High water at noon.");
        admin.waitFor("Address: /tide-tables-" + RUN, this::slugCheck);
        admin.press("editor:save");

        browser.get(Gazette.BASE_URL + "/admin/edit.xhtml");
        admin.type("editor:slug", "tide-tables-" + RUN);
        admin.waitFor("/tide-tables-" + RUN + " is taken by '" + title + "'; choose another address.", this::slugCheck);
        admin.type("editor:slug", "tags");
        admin.waitFor("/tags is a section of the site", this::slugCheck);
        admin.type("editor:slug", "");
        admin.type("editor:summary", "Twelve chars");
        assertTrue(browser.findElement(By.id("editor:summary-counter")).getText().startsWith("12 of 1000 characters."));

        admin.type("editor:title", "Autosaved " + RUN);
        admin.type("editor:body", "Kept without pressing Save.");
        admin.waitFor("Autosaved at", () -> browser.findElement(By.id("editor:autosaveStatus")).getText(), Duration.ofSeconds(45));
        admin.type("editor:summary", "Saved on purpose after an autosave.");
        admin.press("editor:save");
        admin.waitFor("Saved.", admin::messages);
        assertEquals("Saved on purpose after an autosave.", browser.findElement(By.id("editor:summary")).getAttribute("value"),
                "the buttons still post the page after an autosave");
        browser.get(Gazette.BASE_URL + "/admin/?q=Autosaved+" + RUN);
        assertTrue(browser.findElement(By.cssSelector("table.articles")).getText().contains("Autosaved " + RUN), "the autosaved draft is stored");
    }

    @Test
    void theEditorSuggestsTagsAndAuthorsAsYouTypeAndShowsALongHistoryAPageAtATime() throws Exception {
        // Every import that changes an article keeps a revision: 22 versions of one article.
        for (int version = 1; version <= 22; version++) {
            HttpResponse<String> imported = Gazette.importAsAdmin(("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<channel><title>History</title><link>https://history.example</link><description>Old news.</description><item>"
                    + "<guid>urn:gazette:history:" + RUN + "</guid><link>https://history.example/chronicle-" + RUN + "</link>"
                    + "<title>Chronicle " + RUN + ", version " + version + "</title><dc:creator>Historian " + RUN + "</dc:creator>"
                    + "<category>Chronology " + RUN + "</category><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate>"
                    + "<description>Version " + version + ".</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
            assertEquals(200, imported.statusCode(), imported.body());
        }
        admin.signIn(EDITOR, PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/?q=Chronicle+" + RUN);
        browser.findElement(By.linkText("Chronicle " + RUN + ", version 22")).click();
        admin.waitFor("Edit article", () -> browser.findElement(By.tagName("h1")).getText());
        assertEquals(20, browser.findElements(By.cssSelector("tr.revision")).size(), "the newest twenty revisions");
        admin.submit(() -> browser.findElement(By.id("olderRevisions")).click());
        assertEquals(22, browser.findElements(By.cssSelector("tr.revision")).size(), "and then the older ones");

        admin.type("editor:tags", "Markdown, chronol");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> optionValues("tag-names").contains("Markdown, Chronology " + RUN));
        admin.type("editor:author", "historian " + RUN);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> optionValues("author-names").contains("Historian " + RUN));
        assertEquals(303, Gazette.get("/admin/suggestions/tags?q=chron").statusCode(), "suggestions only for the signed in");
    }

    private List<String> optionValues(String datalist) {
        return browser.findElements(By.cssSelector("#" + datalist + " option")).stream().map(option -> option.getAttribute("value")).toList();
    }

    /** The path of the private preview link the editor shows. */
    private String previewLinkPath() {
        return URI.create(browser.findElement(By.id("previewLink")).getAttribute("href")).getPath();
    }

    private String slugCheck() {
        return browser.findElement(By.id("editor:slugCheck")).getText();
    }

    @Test
    void aDraftsPrivatePreviewShowsItToWhoeverHasTheLinkAndToNobodyElse() throws Exception {
        String title = "Sneak peek " + RUN;
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle(title, "## Not out yet\n\nStill warm.");
        admin.press("editor:save");
        admin.press("editor:sharePreview");
        String link = previewLinkPath();
        admin.signOut();

        HttpResponse<String> preview = Gazette.get(link);
        assertEquals(200, preview.statusCode());
        Document page = Jsoup.parse(preview.body());
        assertEquals(title, page.select("article h1").text());
        assertEquals("Not out yet", page.select("article .body h2").first().ownText(), "the body as readers will get it");
        assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
        assertEquals("private, no-store", preview.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-referrer", preview.headers().firstValue("Referrer-Policy").orElse(""), "the secret address goes to no other site");
        assertTrue(preview.headers().firstValue("Set-Cookie").isEmpty(), "no session for whoever has the link");
        assertEquals(List.of(), NuHtmlChecker.errors(preview.body()));
        assertEquals(404, Gazette.get("/preview/" + UUID.randomUUID()).statusCode(), "a guessed link shows nothing");
        assertFalse(Gazette.get("/").body().contains(title), "still not public");
    }

    /**
     * Sharing a preview changes nothing in the article, so the form's text is still the newest and
     * publishes: after a save, and after an autosave of a new article that was never saved by hand.
     */
    @Test
    void publishingRightAfterSharingAPreviewPublishes() {
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle("Shared then published " + RUN, "Looked at, then out.");
        admin.press("editor:save");
        admin.press("editor:sharePreview");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);

        admin.newArticle("Autosaved, shared, published " + RUN, "Never saved by hand.");
        admin.waitFor("Autosaved at", () -> browser.findElement(By.id("editor:autosaveStatus")).getText(), Duration.ofSeconds(45));
        admin.press("editor:preview");
        admin.press("editor:sharePreview");
        admin.press("editor:publish");

        admin.waitFor("published", admin::status);
        assertFalse(admin.messages().contains("newer version"), admin.messages());
    }

    /**
     * An article published a moment ago is the newest, and its page links to no newer one, least of
     * all to itself. A few in a row, because a time finer than the database keeps rounds up about
     * half the time.
     */
    @Test
    void theNewestArticleLinksToTheOneBeforeItAndToNoNewerOne() throws Exception {
        admin.signIn(AUTHOR, PASSWORD);
        String before = null;
        for (int article = 1; article <= 4; article++) {
            admin.newArticle("Newest " + article + " " + RUN, "Fresh, number " + article + ".");
            admin.press("editor:publish");
            admin.waitFor("published", admin::status);
            String path = URI.create(browser.findElement(By.linkText("View it on the site")).getAttribute("href")).getPath();
            Document page = Jsoup.parse(Gazette.get(path).body());

            assertEquals(List.of(), page.select("a[rel=next]").eachAttr("href"), path + " is the newest");
            if (before != null) {
                assertEquals(List.of(before), page.select("a[rel=prev]").eachAttr("href"), path + " follows the one published before it");
            }
            before = path;
        }
    }

    @Test
    void aPreviewLinkIsRenewedOrRevokedWithoutDisturbingTheDraftAndGivesWayToThePublicPage() throws Exception {
        String title = "Under wraps " + RUN;
        admin.signIn(EDITOR, PASSWORD);
        admin.newArticle(title, "Soon.");
        admin.press("editor:save");
        admin.press("editor:sharePreview");
        String first = previewLinkPath();
        assertTrue(browser.findElement(By.id("previewExpires")).getText().matches("\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2}"),
                "the editor sees until when it works: " + browser.findElement(By.id("previewExpires")).getText());
        admin.type("editor:body", "Soon, and sharing did not get in the way.");
        admin.press("editor:save");
        admin.waitFor("Saved.", admin::messages);

        admin.press("editor:renewPreview");
        admin.waitFor("The preview has a new link; the old one no longer works.", admin::messages);
        String second = previewLinkPath();
        assertNotEquals(first, second);
        assertEquals(404, Gazette.get(first).statusCode(), "the old link is dead");
        assertEquals(200, Gazette.get(second).statusCode());

        admin.press("editor:revokePreview");
        admin.waitFor("The preview link no longer works.", admin::messages);
        assertEquals(404, Gazette.get(second).statusCode(), "a revoked link is dead");

        admin.press("editor:sharePreview");
        String third = previewLinkPath();
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        String publicPath = URI.create(browser.findElement(By.cssSelector(".article-status a")).getAttribute("href")).getPath();
        admin.signOut();
        HttpResponse<String> takenOver = Gazette.get(third);
        assertEquals(302, takenOver.statusCode(), "once published, the public page takes over");
        assertEquals(publicPath, takenOver.headers().firstValue("Location").orElse(""));
    }

    @Test
    void anEditorImportsAFeedAndReadsItsReportItemByItemAndAHostileFeedChangesNothing() throws Exception {
        String title = "Spring tide " + RUN;
        Path feed = files.resolve("tide-log-" + RUN + ".xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Tide Log</title><link>https://tides.example</link><description>Water, up and down.</description>
                    <item>
                      <guid>https://tides.example/%1$s/spring-tide</guid><title>%2$s</title>
                      <link>https://tides.example/spring-tide-%1$s</link><description>The highest water of the month.</description>
                      <pubDate>Mon, 02 Jun 2025 06:00:00 GMT</pubDate><dc:creator>Tide Keeper</dc:creator>
                    </item>
                    <item>
                      <guid>https://tides.example/%1$s/untitled</guid><title></title>
                      <link>https://tides.example/untitled-%1$s</link><description>No title.</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(RUN, title));
        admin.signIn(EDITOR, PASSWORD);

        importFile(feed);
        admin.waitFor("1 created, 0 updated, 0 unchanged, 1 rejected, 0 skipped.", this::content);
        assertTrue(content().contains("2 of 2 items"), "the progress reached every item");
        assertTrue(content().contains("Read as RSS 2.0."), "the report names the format it recognized");
        assertTrue(content().contains("The item has no title."), "the rejected item says why");
        String address = browser.findElements(By.cssSelector("table.report a")).get(0).getAttribute("href");
        assertTrue(Gazette.get(URI.create(address).getPath()).body().contains(title), "the imported article is public");

        importFile(feed);
        admin.waitFor("0 created, 0 updated, 1 unchanged, 1 rejected, 0 skipped.", this::content);

        Path hostile = files.resolve("hostile-" + RUN + ".xml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        importFile(hostile);
        admin.waitFor("Nothing was imported from '" + hostile.getFileName() + "': The document declares a DOCTYPE", this::content);
        browser.get(Gazette.BASE_URL + "/admin/import.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(feed.toString());
        browser.findElement(By.id("upload:oldSite")).sendKeys("ftp://old-blog.example");
        admin.press("upload:start");
        admin.waitFor("Nothing was imported from '" + feed.getFileName() + "': The old site's address must be the http:// or https:// address",
                this::content);
        admin.signOut();

        HttpClient contributor = Gazette.client(true);
        Gazette.signInOverHttp(contributor, CONTRIBUTOR, PASSWORD);
        assertEquals(403, Gazette.get(contributor, "/admin/import.xhtml").statusCode(), "contributors do not import");
    }

    private void importFile(Path feed) {
        browser.get(Gazette.BASE_URL + "/admin/import.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(feed.toString());
        admin.press("upload:start");
    }

    private String content() {
        return browser.findElement(By.id("content")).getText();
    }

    @Test
    void anAdministratorChangesRolesAndPasswordsButNeverRemovesTheLastAdministrator() throws Exception {
        String promoted = "promoted-" + RUN;
        String newPassword = "a-brand-new-passphrase";
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        admin.addUser(promoted, "CONTRIBUTOR");

        WebElement row = userRow(promoted);
        row.findElement(By.cssSelector("select option[value=EDITOR]")).click();
        admin.press(row.findElement(By.cssSelector("input[value='Change role']")).getAttribute("id"));
        admin.waitFor(promoted + " is now editor; their open sessions have ended.", admin::messages);
        row = userRow(promoted);
        row.findElement(By.cssSelector("input[type=password]")).sendKeys(newPassword);
        admin.press(row.findElement(By.cssSelector("input[value='Set password']")).getAttribute("id"));
        admin.waitFor("Set a new password for " + promoted + ".", admin::messages);
        row = userRow("admin");
        row.findElement(By.cssSelector("select option[value=EDITOR]")).click();
        admin.press(row.findElement(By.cssSelector("input[value='Change role']")).getAttribute("id"));
        admin.waitFor("'admin' is the last administrator", admin::messages);
        assertEquals("ADMIN", userRow("admin").findElement(By.tagName("select")).getAttribute("value"), "admin is still an administrator");
        assertEquals("EDITOR", userRow(promoted).findElement(By.tagName("select")).getAttribute("value"));
        admin.signOut();

        assertFalse(Gazette.signInOverHttp(Gazette.client(true), promoted, PASSWORD).equals("signed in"), "the old password no longer works");
        admin.signIn(promoted, newPassword);
        assertFalse(browser.findElements(By.linkText("Tags")).isEmpty(), "signed in with the new password, as an editor");
        admin.signOut();
    }

    @Test
    void aDemotedOrDisabledUserIsSignedOutAtOnceAndADisabledOneCannotSignIn() throws Exception {
        String editor = "demoted-" + RUN;
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        admin.addUser(editor, "EDITOR");
        HttpClient theirs = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(theirs, editor, PASSWORD));
        assertEquals(200, Gazette.get(theirs, "/admin/tags.xhtml").statusCode(), "an editor's screen");

        WebElement row = userRow(editor);
        row.findElement(By.cssSelector("select option[value=AUTHOR]")).click();
        admin.press(row.findElement(By.cssSelector("input[value='Change role']")).getAttribute("id"));
        admin.waitFor(editor + " is now author", admin::messages);

        assertSessionEnded(theirs, "/admin/tags.xhtml");
        assertEquals("signed in", Gazette.signInOverHttp(theirs, editor, PASSWORD));
        assertEquals(403, Gazette.get(theirs, "/admin/tags.xhtml").statusCode(), "signed in again, as the author they are now");

        admin.press(userRow(editor).findElement(By.cssSelector("input[value='Disable " + editor + "']")).getAttribute("id"));
        admin.waitFor(editor + " can no longer sign in; their open sessions have ended.", admin::messages);
        assertEquals("Disabled", userRow(editor).findElements(By.tagName("td")).get(1).getText().lines().findFirst().orElse(""));
        assertSessionEnded(theirs, "/admin/");
        assertEquals("The user name or password is wrong.", Gazette.signInOverHttp(Gazette.client(true), editor, PASSWORD));

        assertTrue(userRow("admin").findElements(By.cssSelector("input[value='Disable admin']")).isEmpty(),
                "administrators are not offered to lock themselves out");
        admin.press(userRow(editor).findElement(By.cssSelector("input[value='Enable " + editor + "']")).getAttribute("id"));
        admin.waitFor(editor + " can sign in again.", admin::messages);
        assertEquals("signed in", Gazette.signInOverHttp(Gazette.client(true), editor, PASSWORD));
        admin.signOut();
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        String newPassword = "my-own-new-passphrase";
        HttpClient elsewhere = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(elsewhere, CHANGER, PASSWORD));
        admin.signIn(CHANGER, PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/account.xhtml");

        admin.type("password:current", "not-my-password");
        admin.type("password:new", newPassword);
        admin.press("password:change");
        admin.waitFor("The current password is not the one you typed; nothing was changed.", admin::messages);
        assertEquals(200, Gazette.get(elsewhere, "/admin/").statusCode(), "nothing changed");

        admin.type("password:current", PASSWORD);
        admin.type("password:new", newPassword);
        admin.press("password:change");
        admin.waitFor("Your password is changed. Your other sessions have ended.", admin::messages);

        assertSessionEnded(elsewhere, "/admin/");
        browser.get(Gazette.BASE_URL + "/admin/");
        assertEquals("Signed in as " + CHANGER + ".", browser.findElement(By.cssSelector(".signed-in")).getText(), "this session goes on");
        admin.signOut();
        assertEquals(WRONG, Gazette.signInOverHttp(Gazette.client(true), CHANGER, PASSWORD), "the old password is gone");
        assertEquals("signed in", Gazette.signInOverHttp(Gazette.client(true), CHANGER, newPassword));

        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        assertTrue(userRow("admin").findElements(By.cssSelector("input[value='Set password']")).isEmpty(),
                "administrators too change their own with the current one");
        admin.signOut();
    }

    /** The next request of a session whose access changed lands on the sign-in page, which says why. */
    private static void assertSessionEnded(HttpClient client, String path) throws Exception {
        HttpResponse<String> answer = Gazette.get(client, path);
        assertEquals(302, answer.statusCode(), path);
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/admin/login.xhtml?ended=true"), location);
        assertTrue(Jsoup.parse(Gazette.get(client, URI.create(location).getPath() + "?ended=true").body()).text()
                .contains("Your session ended because an administrator changed your account."));
        assertEquals(303, Gazette.get(client, path).statusCode(), "still signed out");
    }

    private WebElement userRow(String username) {
        browser.get(Gazette.BASE_URL + "/admin/users.xhtml");
        return browser.findElements(By.cssSelector("table.users tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + username));
    }

    @Test
    void aStaleSaveShowsBothVersionsAndLosesNeither() {
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle("Contested " + RUN, "The first words.");
        admin.press("editor:save");
        admin.waitFor("a draft", admin::status);
        String editUrl = browser.getCurrentUrl();
        String firstWindow = browser.getWindowHandle();

        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(editUrl);
        admin.type("editor:body", "Their words, saved first.");
        admin.press("editor:save");
        admin.waitFor("Saved.", admin::messages);
        browser.close();
        browser.switchTo().window(firstWindow);

        admin.type("editor:body", "My words, saved second.");
        admin.press("editor:save");

        assertTrue(admin.messages().contains("saved a newer version"));
        assertEquals("Their words, saved first.", browser.findElement(By.id("theirBody")).getText());
        String difference = browser.findElement(By.id("conflictDifference")).getText();
        assertTrue(difference.contains("-Their words, saved first.") && difference.contains("+My words, saved second."), difference);
        assertEquals("My words, saved second.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        admin.press("editor:keepMine");
        admin.waitFor("Saved.", admin::messages);
        assertEquals("My words, saved second.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        admin.signOut();
    }

    @Test
    void theSiteAndItsAuthorsAreDescribedInTheAdminAndReadersSeeItAtOnce() throws Exception {
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/settings.xhtml");
        String originalTitle = browser.findElement(By.id("settings:title")).getAttribute("value");
        admin.type("settings:title", "Gazette " + RUN);
        admin.press("settings:save");
        admin.waitFor("Saved the site's settings", admin::messages);
        assertEquals("Gazette " + RUN, Jsoup.parse(Gazette.get("/").body()).selectFirst(".site-title").text(), "the cached home page");

        admin.type("settings:timeZone", "Mars/Olympus");
        admin.press("settings:save");
        admin.waitFor("The time zone 'Mars/Olympus' is unknown", admin::messages);
        admin.type("settings:timeZone", "UTC");
        admin.type("settings:title", originalTitle);
        admin.press("settings:save");
        admin.waitFor("Saved the site's settings", admin::messages);

        browser.get(Gazette.BASE_URL + "/admin/authors.xhtml?slug=gazette-editorial-team");
        admin.type("author:tagline", "Writes the samples " + RUN);
        admin.type("author:avatarUrl", "/static/covers/manuscript.svg");
        admin.press("author:save");
        admin.waitFor("Saved Gazette Editorial Team.", admin::messages);
        admin.signOut();

        Document article = Jsoup.parse(Gazette.get("/" + SampleArticles.newestFirst().get(0).slug()).body());
        assertEquals("Writes the samples " + RUN, article.selectFirst(".byline .tagline").text());
        assertEquals("/static/covers/manuscript.svg", article.selectFirst(".byline img.avatar").attr("src"));
        assertEquals("Writes the samples " + RUN, article.selectFirst(".author-card .tagline").text());
        assertEquals(originalTitle, Jsoup.parse(Gazette.get("/").body()).selectFirst(".site-title").text());
    }

    /**
     * A page (About, Colophon) is written like any article but is no post: at its own address without
     * date, byline or neighbours, in the navigation an administrator gives it and in the sitemap, and
     * in no listing or feed. A navigation line that is no link is refused with its number.
     */
    @Test
    void aPageIsFoundAtItsAddressInTheNavigationAndTheSitemapAndInNoListingOrFeed() throws Exception {
        String title = "Colophon " + RUN;
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        admin.newArticle(title, "Set in the system font, written in Markdown.");
        new Select(browser.findElement(By.id("editor:kind"))).selectByVisibleText("Page");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        String path = URI.create(browser.findElement(By.linkText("View it on the site")).getAttribute("href")).getPath();

        browser.get(Gazette.BASE_URL + "/admin/settings.xhtml");
        String menu = browser.findElement(By.id("settings:navigation")).getAttribute("value");
        admin.type("settings:navigation", menu + "\nColophon");
        admin.press("settings:save");
        admin.waitFor("Line " + (menu.lines().count() + 1) + " of the navigation, 'Colophon', is no link", admin::messages);
        admin.type("settings:navigation", menu + "\nColophon | " + path);
        admin.press("settings:save");
        admin.waitFor("Saved the site's settings", admin::messages);
        try {
            Document page = Jsoup.parse(Gazette.get(path).body());
            assertEquals(title, page.selectFirst("article h1").text());
            assertTrue(page.select("article .byline, article .meta, article .tags, .author-card, a[rel=prev], a[rel=next]").isEmpty(),
                    "a page has no date, byline, tags or neighbours");
            assertEquals("page", page.selectFirst(".site-nav a[href=" + path + "]").attr("aria-current"));
            for (String shown : List.of("/", "/archive", "/no-such-page-" + RUN)) {
                Document other = Jsoup.parse(Gazette.get(shown).body());
                assertEquals("Colophon", other.selectFirst(".site-nav li:last-child a[href=" + path + "]").text(), shown + " links the page");
                assertFalse(other.selectFirst("main").html().contains(path), shown + " does not list the page");
            }
            for (String feed : List.of("/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json")) {
                assertFalse(Gazette.get(feed).body().contains(path), feed + " does not carry the page");
            }
            assertTrue(Gazette.get("/feed/sitemaps/pages.xml").body().contains(path + "</loc>"),
                    "the sitemap lists the page");
            assertEquals(301, Gazette.get(path + "/").statusCode());
        } finally {
            browser.get(Gazette.BASE_URL + "/admin/settings.xhtml");
            admin.type("settings:navigation", menu);
            admin.press("settings:save");
            admin.waitFor("Saved the site's settings", admin::messages);
            admin.signOut();
        }
        assertTrue(Jsoup.parse(Gazette.get("/").body()).select(".site-nav a[href=" + path + "]").isEmpty(), "the menu is as it was");
    }

    @Test
    void anEditorMovesAnAuthorToANewAddressAndGivesThemLinksThatReadersFollow() throws Exception {
        String name = "Linda Linked " + RUN;
        String oldSlug = "linda-linked-" + RUN;
        String newSlug = "linda-" + RUN;
        String link = "https://github.com/linda-" + RUN;
        admin.signIn(EDITOR, PASSWORD);
        admin.newArticle("Linda's first " + RUN, "Words by Linda.");
        admin.type("editor:author", name);
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);

        browser.get(Gazette.BASE_URL + "/admin/authors.xhtml?slug=" + oldSlug);
        admin.type("author:slug", "gazette-editorial-team");
        admin.press("author:save");
        admin.waitFor("Another author has the slug 'gazette-editorial-team'", admin::messages);
        admin.type("author:slug", newSlug);
        admin.type("author:links", link + "\njavascript:alert(1)");
        admin.press("author:save");
        admin.waitFor("'javascript:alert(1)' is not a web address", admin::messages);
        assertEquals(200, Gazette.get("/authors/" + oldSlug).statusCode(), "a refused save moves nothing");
        admin.type("author:links", link + "\nhttps://www.example.org/linda");
        admin.press("author:save");
        admin.waitFor("Saved " + name + ".", admin::messages);
        assertTrue(browser.getCurrentUrl().endsWith("slug=" + newSlug), browser.getCurrentUrl());

        admin.newArticle("Linda's second " + RUN, "More words by Linda.");
        admin.type("editor:author", name);
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        admin.signOut();

        for (String old : List.of("/authors/" + oldSlug, "/feed/authors/" + oldSlug + "/rss.xml")) {
            HttpResponse<String> moved = Gazette.get(old);
            assertEquals(301, moved.statusCode(), old);
            assertEquals(old.replace(oldSlug, newSlug), moved.headers().firstValue("Location").orElse(""));
        }
        String authorPage = Gazette.get("/authors/" + newSlug).body();
        Document page = Jsoup.parse(authorPage);
        assertEquals(2, page.select("article.teaser").size(), "both articles under the one author, the second by name after the move");
        assertEquals(List.of("github.com/linda-" + RUN, "example.org/linda"), page.select(".author-links a[rel~=me]").eachText());
        assertEquals(link, page.selectFirst(".author-links a").attr("href"));
        assertEquals(List.of(), NuHtmlChecker.errors(authorPage));
        browser.get(Gazette.BASE_URL + "/authors/" + newSlug);
        assertEquals(List.of(), Browser.seriousAccessibilityViolations(browser));
        String article = Gazette.get(page.selectFirst("article.teaser h2 a").attr("href")).body();
        assertTrue(Jsoup.parse(article).selectFirst("script[type=application/ld+json]").data().contains("\"sameAs\":[\"" + link + "\""),
                "search engines learn the author's other pages");
    }

    @Test
    void trashRestoresAsADraftAndOnlyAnAdministratorDeletesForGoodAfterConfirming() {
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle("Doomed " + RUN, "Short-lived.");
        admin.press("editor:save");
        admin.press("editor:trash");
        admin.waitFor("in the trash", admin::status);
        String editUrl = browser.getCurrentUrl();
        assertTrue(browser.findElements(By.id("editor:askToDelete")).isEmpty(), "authors do not delete for good");
        admin.press("editor:restore");
        admin.waitFor("a draft", admin::status);
        admin.press("editor:trash");
        admin.signOut();

        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(editUrl);
        admin.press("editor:askToDelete");
        admin.press("editor:delete");
        admin.waitFor("permanently", admin::messages);
        assertFalse(browser.findElement(By.cssSelector("table.articles")).getText().contains("Doomed " + RUN), "gone from the list");
        browser.get(editUrl);
        assertTrue(browser.findElements(By.id("editor:title")).isEmpty(), "nothing left to edit");
    }

    @Test
    void everyAdminScreenIsAccessibleInBothColourSchemesAndFitsAPhone() {
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        List<String> problems = new java.util.ArrayList<>();
        for (String screen : List.of("/admin/", "/admin/dashboard.xhtml", "/admin/edit.xhtml", "/admin/media.xhtml", "/admin/tags.xhtml",
                "/admin/import.xhtml", "/admin/users.xhtml", "/admin/settings.xhtml", "/admin/authors.xhtml?slug=gazette-editorial-team",
                "/admin/audit.xhtml", "/admin/account.xhtml")) {
            browser.get(Gazette.BASE_URL + screen);
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                Browser.seriousAccessibilityViolations(browser).forEach(violation -> problems.add(screen + " (" + scheme + ") " + violation));
            }
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            Browser.horizontalOverflowOnAPhone(browser).ifPresent(overflow -> problems.add(screen + " " + overflow));
        }
        assertEquals(List.of(), problems);
        admin.signOut();
    }

    @Test
    void theAuditTrailTellsAnAdministratorWhoDidWhatFromWhereAndDownloadsAsCsvAndJson() throws Exception {
        String title = "Audited " + RUN;
        String stranger = "198.51.100." + (1 + Math.floorMod((RUN + "audit").hashCode(), 250));
        admin.signIn(EDITOR, PASSWORD);
        admin.newArticle(title, "Something to keep a record of.");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        admin.signOut();
        Gazette.signInOverHttp(Gazette.client(true), "nobody-" + RUN, "not-the-password", stranger);

        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/audit.xhtml?subject=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        List<List<String>> rows = browser.findElements(By.cssSelector("table.audit tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertEquals(List.of(List.of(EDITOR, "Published"), List.of(EDITOR, "Created an article")),
                rows.stream().map(row -> List.of(row.get(1), row.get(3))).toList(), "newest first: " + rows);
        browser.get(Gazette.BASE_URL + "/admin/audit.xhtml?action=SIGN_IN_FAILED&user=nobody-" + RUN);
        assertEquals(List.of(stranger), browser.findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).toList(), "a failed sign-in with the address the proxy named");
        browser.get(Gazette.BASE_URL + "/admin/audit.xhtml?from=2026-12-31&to=2026-01-01");
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("the first day comes before the last"), content());
        admin.signOut();

        HttpClient administrator = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(administrator, "admin", Gazette.ADMIN_PASSWORD));
        HttpResponse<String> csv = Gazette.get(administrator, "/admin/audit/download?format=csv&subject=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals("at,user,address,action,subjectId,subject,detail", lines.get(0));
        assertEquals(3, lines.size(), csv.body());
        assertTrue(lines.get(1).contains("\"" + EDITOR + "\"") && lines.get(1).contains("\"PUBLISHED\""), lines.get(1));

        HttpResponse<String> json = Gazette.getAsAdmin("/feed/api/v1/audit?format=json&action=AUDIT_EXPORTED&user=admin");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(Json.createReader(new StringReader(json.body())).readArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> entry.getString("detail").contains(title)), "the download is itself on record: " + json.body());
        HttpResponse<String> wrong = Gazette.getAsAdmin("/feed/api/v1/audit?action=PUBLISHING");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("'PUBLISHING' is no action of the audit trail"), wrong.body());
        HttpClient editor = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(editor, EDITOR, PASSWORD));
        assertEquals(403, Gazette.get(editor, "/admin/audit/download?format=csv").statusCode(), "only administrators read the trail");
    }

    /**
     * What each action leaves on record, as a table: an article's whole life at the hands of its
     * author and an administrator, a user's at an administrator's, and the API's actions. Each
     * action is one entry, named for who did it, newest first. Publishing from the editor saves the
     * form first, as a revision of its own, so it is a save and a publication.
     */
    @Test
    void everyAuditedActionLeavesExactlyOneEntryNamingWhoDidIt() throws Exception {
        String title = "Lifecycle " + RUN;
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle(title, "A first draft.");
        admin.press("editor:save");
        admin.type("editor:body", "A second draft.");
        admin.press("editor:save");
        admin.press("editor:publish");
        admin.waitFor("published", admin::status);
        for (String step : List.of("editor:unpublish", "editor:trash", "editor:restore", "editor:trash")) {
            admin.press(step);
        }
        String editUrl = browser.getCurrentUrl();
        admin.signOut();
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(editUrl);
        admin.press("editor:askToDelete");
        admin.press("editor:delete");
        admin.waitFor("permanently", admin::messages);

        String member = "member-" + RUN;
        admin.addUser(member, "CONTRIBUTOR");
        WebElement row = userRow(member);
        row.findElement(By.cssSelector("select option[value=AUTHOR]")).click();
        admin.press(row.findElement(By.cssSelector("input[value='Change role']")).getAttribute("id"));
        admin.waitFor(member + " is now author", admin::messages);
        row = userRow(member);
        row.findElement(By.cssSelector("input[type=password]")).sendKeys("another-long-password");
        admin.press(row.findElement(By.cssSelector("input[value='Set password']")).getAttribute("id"));
        admin.waitFor("Set a new password for " + member + ".", admin::messages);
        admin.press(userRow(member).findElement(By.cssSelector("input[value='Disable " + member + "']")).getAttribute("id"));
        admin.press(userRow(member).findElement(By.cssSelector("input[value='Enable " + member + "']")).getAttribute("id"));
        admin.waitFor(member + " can sign in again.", admin::messages);
        admin.signOut();
        Map<String, Long> apiActionsBefore = apiActionCounts();
        assertEquals(204, Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/cache")).DELETE()
                .header("Authorization", Gazette.basic("admin:" + Gazette.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, SiteArchives.export(false).statusCode());

        assertEquals(List.of(List.of("admin", "DELETED"), List.of(AUTHOR, "TRASHED"), List.of(AUTHOR, "RESTORED"), List.of(AUTHOR, "TRASHED"),
                List.of(AUTHOR, "UNPUBLISHED"), List.of(AUTHOR, "PUBLISHED"), List.of(AUTHOR, "ARTICLE_SAVED"), List.of(AUTHOR, "ARTICLE_SAVED"),
                List.of(AUTHOR, "ARTICLE_CREATED")),
                whoDidWhat("subject=" + URLEncoder.encode(title, StandardCharsets.UTF_8)));
        assertEquals(List.of(List.of("admin", "USER_ENABLED"), List.of("admin", "USER_DISABLED"), List.of("admin", "PASSWORD_SET"),
                List.of("admin", "ROLE_CHANGED"), List.of("admin", "USER_CREATED")), whoDidWhat("subject=" + member));
        Map<String, Long> apiActionsAfter = apiActionCounts();
        apiActionsBefore.forEach((action, before) -> assertEquals(before + 1, apiActionsAfter.get(action), action + " by admin"));
    }

    private static Map<String, Long> apiActionCounts() throws Exception {
        return Map.of("CACHE_EMPTIED", (long) whoDidWhat("action=CACHE_EMPTIED&user=admin").size(),
                "SITE_EXPORTED", (long) whoDidWhat("action=SITE_EXPORTED&user=admin").size());
    }

    /** Who did what, newest first, in the entries the filter selects, as the audit API tells an administrator's script. */
    private static List<List<String>> whoDidWhat(String filter) throws Exception {
        HttpResponse<String> json = Gazette.getAsAdmin("/feed/api/v1/audit?format=json&" + filter);
        assertEquals(200, json.statusCode(), json.body());
        return Json.createReader(new StringReader(json.body())).readArray().stream().map(JsonValue::asJsonObject)
                .map(entry -> List.of(entry.getString("user"), entry.getString("action"))).toList();
    }

    @Test
    void theArticleListFiltersByStatusAndTitleAndSortsByTitle() {
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/?status=PUBLISHED&sort=TITLE");
        List<String> statuses = browser.findElements(By.cssSelector("table.articles td.status")).stream().map(WebElement::getText).toList();
        List<String> titles = browser.findElements(By.cssSelector("table.articles td:first-child > a:first-child")).stream()
                .map(WebElement::getText).toList();

        assertFalse(statuses.isEmpty(), "the samples are published");
        assertTrue(statuses.stream().allMatch("published"::equals), statuses.toString());
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
        browser.get(Gazette.BASE_URL + "/admin/?q=markdown&status=nonsense");
        assertEquals(List.of("Writing in Markdown"), browser.findElements(By.cssSelector("table.articles td:first-child > a:first-child"))
                .stream().map(WebElement::getText).toList(), "an unknown status means any status");
        admin.signOut();
    }

    @Test
    void restoringARevisionBringsItsTextBackAsANewRevision() {
        admin.signIn(AUTHOR, PASSWORD);
        admin.newArticle("Revised " + RUN, "First text.");
        admin.press("editor:save");
        admin.type("editor:body", "Second text.");
        admin.press("editor:save");
        assertEquals(2, browser.findElements(By.cssSelector("tr.revision")).size());

        admin.submit(() -> browser.findElements(By.cssSelector("tr.revision")).get(1).findElement(By.cssSelector("input[value=Restore]")).click());

        admin.waitFor("Restored that revision", admin::messages);
        assertEquals("First text.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        List<WebElement> revisions = browser.findElements(By.cssSelector("tr.revision"));
        assertEquals(3, revisions.size(), "the restore is a revision of its own");
        admin.submit(() -> revisions.get(1).findElement(By.cssSelector("input[value='Compare with the current text']")).click());
        String difference = browser.findElement(By.id("revisionDifference")).getText();
        assertTrue(difference.contains("-Second text.") && difference.contains("+First text."), difference);
        admin.signOut();
    }

    @Test
    void wrongPasswordsSlowDownTheClientThatSentThemButNeverTheAccountsOwnerSigningInFromElsewhere() throws Exception {
        String stranger = "203.0.113." + (1 + Math.floorMod(RUN.hashCode(), 250));
        HttpClient client = Gazette.client(true);

        assertEquals(WRONG, Gazette.signInOverHttp(client, GUARDED, "not-the-password", stranger));
        assertEquals(WRONG, Gazette.signInOverHttp(client, GUARDED, "not-the-password", stranger));
        assertEquals(REFUSAL, Gazette.signInOverHttp(client, GUARDED, "not-the-password", stranger), "slowed down after the third");
        assertEquals(REFUSAL, Gazette.signInOverHttp(client, GUARDED, PASSWORD, stranger), "the stranger waits even with the right password");

        assertEquals("signed in", Gazette.signInOverHttp(Gazette.client(true), GUARDED, PASSWORD, "192.0.2.77"), "the owner, elsewhere, does not");
        assertTrue(Gazette.serverLogText().contains("Gazette slowed down sign-in for '" + GUARDED + "' from " + stranger + " until "),
                "the slow-down is logged");
        new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(250))
                .withMessage("a slow-down is a wait, not a lock")
                .until(ignored -> signInAnswer(GUARDED, PASSWORD, stranger).equals("signed in"));
    }

    @Test
    void anAddressThatGuessesAcrossAccountsWaitsUntilAnAdministratorLetsItTryAgain() throws Exception {
        String guesser = "198.51.100." + (1 + Math.floorMod(RUN.hashCode(), 250));
        for (int guess = 1; guess <= 20; guess++) {
            Gazette.signInOverHttp(Gazette.client(true), "made-up-" + guess + "-" + RUN, "not-the-password", guesser);
        }
        assertEquals(REFUSAL, signInAnswer(GUARDED, PASSWORD, guesser), "the twentieth failure stops the address");
        assertEquals("signed in", signInAnswer(GUARDED, PASSWORD, "192.0.2.78"), "everyone else goes on");

        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/users.xhtml");
        WebElement wait = browser.findElements(By.cssSelector("table.waits tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).get(1).getText().equals(guesser)).findFirst()
                .orElseThrow(() -> new AssertionError("the administrator sees the wait: " + content()));
        assertEquals("any", wait.findElement(By.tagName("td")).getText());
        admin.press(wait.findElement(By.cssSelector("input[value='Let them try again']")).getAttribute("id"));
        admin.waitFor(guesser + " may try to sign in again.", admin::messages);
        admin.signOut();

        assertEquals("signed in", signInAnswer(GUARDED, PASSWORD, guesser));
    }

    private static String signInAnswer(String username, String password, String forwardedFor) {
        try {
            return Gazette.signInOverHttp(Gazette.client(true), username, password, forwardedFor);
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    @Test
    void aPostWithoutSessionOrWithAForgedViewStateChangesNothing() throws Exception {
        String form = "editor=editor&editor%3Atitle=Forged+" + RUN + "&editor%3Abody=x&editor%3Asave=Save&jakarta.faces.ViewState=forged";
        HttpResponse<String> anonymous = Gazette.postForm(Gazette.client(true), "/admin/edit.xhtml", form);
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith("/admin/login.xhtml?next="));

        HttpClient signedIn = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(signedIn, "admin", Gazette.ADMIN_PASSWORD));
        HttpResponse<String> forged = Gazette.postForm(signedIn, "/admin/edit.xhtml", form);
        assertTrue(forged.statusCode() >= 400, "refused, was " + forged.statusCode() + ": " + forged.body());

        assertFalse(Gazette.get(signedIn, "/admin/?q=Forged").body().contains("Forged " + RUN), "nothing was saved");
    }
}
