package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @BeforeAll
    static void startBrowserAndAddUsers() throws Exception {
        browser = Browser.start();
        signIn("admin", Gazette.ADMIN_PASSWORD);
        addUser(AUTHOR, "AUTHOR");
        addUser(CONTRIBUTOR, "CONTRIBUTOR");
        addUser(GUARDED, "AUTHOR");
        signOut();
    }

    /** Every test starts signed out, whatever the one before it left behind. */
    @BeforeEach
    void signedOut() {
        browser.get(Gazette.BASE_URL + "/admin/login.xhtml");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signingOutEndsTheSession() {
        signIn(AUTHOR, PASSWORD);
        assertEquals("Signed in as " + AUTHOR + ".", browser.findElement(By.cssSelector(".signed-in")).getText());

        signOut();

        assertEquals("You have signed out.", browser.findElement(By.cssSelector(".info")).getText());
        browser.get(Gazette.BASE_URL + "/admin/");
        assertTrue(browser.getCurrentUrl().endsWith("/admin/login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void anAuthorWritesPreviewsAndPublishesAndReadersGetTheArticleWithoutItsScript() throws Exception {
        String title = "Field notes " + RUN;
        signIn(AUTHOR, PASSWORD);
        newArticle(title, "## Seen today\n\nA line.<script>document.title='owned'</script>"
                + "<img src=\"x\" onerror=\"document.title='owned'\">\n\n[click](javascript:alert(1))\n");
        type("editor:summary", "What we saw.");
        type("editor:tags", "Notes, Testing");

        press("editor:preview");
        waitFor("Seen today", () -> browser.findElements(By.cssSelector(".preview .body h2")).stream().map(WebElement::getText)
                .findFirst().orElse(""));
        press("editor:publish");
        waitFor("published", () -> browser.findElement(By.id("status")).getText());
        signOut();

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
        signIn(AUTHOR, PASSWORD);
        newArticle(title, "Comes out by itself.");
        String inTwentySeconds = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("editor:scheduleAt")), inTwentySeconds);
        press("editor:schedule");
        waitFor("scheduled", () -> browser.findElement(By.id("status")).getText());
        signOut();
        assertFalse(Gazette.get("/").body().contains(title), "not yet public");

        long deadline = System.currentTimeMillis() + 60_000;
        while (!Gazette.get("/").body().contains(title)) {
            assertTrue(System.currentTimeMillis() < deadline, title + " did not go public within 40 s of its time");
            Thread.sleep(1_000);
        }
    }

    @Test
    void aContributorCannotPublishEvenByPostingTheButtonAndAnAuthorCannotEditTheirDraft() throws Exception {
        String title = "Contributed " + RUN;
        signIn(CONTRIBUTOR, PASSWORD);
        newArticle(title, "Please review.");
        press("editor:save");
        waitFor("a draft", () -> browser.findElement(By.id("status")).getText());
        String editUrl = browser.getCurrentUrl();
        assertTrue(browser.findElements(By.id("editor:publish")).isEmpty(), "no publish button for contributors");

        submit(() -> browser.executeScript("var form = document.getElementById('editor');"
                + "var button = document.createElement('input'); button.type = 'hidden'; button.name = 'editor:publish';"
                + "button.value = 'Publish now'; form.appendChild(button); form.submit();"));
        assertEquals("a draft", browser.findElement(By.id("status")).getText());
        signOut();
        assertFalse(Gazette.get("/").body().contains(title), "still not public");

        signIn(AUTHOR, PASSWORD);
        browser.get(editUrl);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("You may not change this article"));
        assertTrue(browser.findElements(By.id("editor:save")).isEmpty(), "no save button on someone else's draft");
        signOut();
    }

    @Test
    void aStaleSaveShowsBothVersionsAndLosesNeither() {
        signIn(AUTHOR, PASSWORD);
        newArticle("Contested " + RUN, "The first words.");
        press("editor:save");
        waitFor("a draft", () -> browser.findElement(By.id("status")).getText());
        String editUrl = browser.getCurrentUrl();
        String firstWindow = browser.getWindowHandle();

        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(editUrl);
        type("editor:body", "Their words, saved first.");
        press("editor:save");
        waitFor("Saved.", () -> browser.findElement(By.id("messages")).getText());
        browser.close();
        browser.switchTo().window(firstWindow);

        type("editor:body", "My words, saved second.");
        press("editor:save");

        assertTrue(browser.findElement(By.id("messages")).getText().contains("saved a newer version"));
        assertEquals("Their words, saved first.", browser.findElement(By.id("theirBody")).getText());
        String difference = browser.findElement(By.id("conflictDifference")).getText();
        assertTrue(difference.contains("-Their words, saved first.") && difference.contains("+My words, saved second."), difference);
        assertEquals("My words, saved second.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        press("editor:keepMine");
        waitFor("Saved.", () -> browser.findElement(By.id("messages")).getText());
        assertEquals("My words, saved second.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        signOut();
    }

    @Test
    void theSiteAndItsAuthorsAreDescribedInTheAdminAndReadersSeeItAtOnce() throws Exception {
        signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(Gazette.BASE_URL + "/admin/settings.xhtml");
        String originalTitle = browser.findElement(By.id("settings:title")).getAttribute("value");
        type("settings:title", "Gazette " + RUN);
        press("settings:save");
        waitFor("Saved the site's settings", () -> browser.findElement(By.id("messages")).getText());
        assertEquals("Gazette " + RUN, Jsoup.parse(Gazette.get("/").body()).selectFirst(".site-title").text(), "the cached home page");

        type("settings:timeZone", "Mars/Olympus");
        press("settings:save");
        waitFor("The time zone 'Mars/Olympus' is unknown", () -> browser.findElement(By.id("messages")).getText());
        type("settings:timeZone", "UTC");
        type("settings:title", originalTitle);
        press("settings:save");
        waitFor("Saved the site's settings", () -> browser.findElement(By.id("messages")).getText());

        browser.get(Gazette.BASE_URL + "/admin/authors.xhtml?slug=gazette-editorial-team");
        type("author:tagline", "Writes the samples " + RUN);
        type("author:avatarUrl", "/static/covers/manuscript.svg");
        press("author:save");
        waitFor("Saved Gazette Editorial Team.", () -> browser.findElement(By.id("messages")).getText());
        signOut();

        Document article = Jsoup.parse(Gazette.get("/" + SampleArticles.newestFirst().get(0).slug()).body());
        assertEquals("Writes the samples " + RUN, article.selectFirst(".byline .tagline").text());
        assertEquals("/static/covers/manuscript.svg", article.selectFirst(".byline img.avatar").attr("src"));
        assertEquals("Writes the samples " + RUN, article.selectFirst(".author-card .tagline").text());
        assertEquals(originalTitle, Jsoup.parse(Gazette.get("/").body()).selectFirst(".site-title").text());
    }

    @Test
    void trashRestoresAsADraftAndOnlyAnAdministratorDeletesForGoodAfterConfirming() {
        signIn(AUTHOR, PASSWORD);
        newArticle("Doomed " + RUN, "Short-lived.");
        press("editor:save");
        press("editor:trash");
        waitFor("in the trash", () -> browser.findElement(By.id("status")).getText());
        String editUrl = browser.getCurrentUrl();
        assertTrue(browser.findElements(By.id("editor:askToDelete")).isEmpty(), "authors do not delete for good");
        press("editor:restore");
        waitFor("a draft", () -> browser.findElement(By.id("status")).getText());
        press("editor:trash");
        signOut();

        signIn("admin", Gazette.ADMIN_PASSWORD);
        browser.get(editUrl);
        press("editor:askToDelete");
        press("editor:delete");
        waitFor("permanently", () -> browser.findElement(By.id("messages")).getText());
        assertFalse(browser.findElement(By.cssSelector("table.articles")).getText().contains("Doomed " + RUN), "gone from the list");
        browser.get(editUrl);
        assertTrue(browser.findElements(By.id("editor:title")).isEmpty(), "nothing left to edit");
    }

    @Test
    void everyAdminScreenIsAccessible() {
        signIn("admin", Gazette.ADMIN_PASSWORD);
        List<String> problems = new java.util.ArrayList<>();
        for (String screen : List.of("/admin/", "/admin/edit.xhtml", "/admin/users.xhtml", "/admin/settings.xhtml",
                "/admin/authors.xhtml?slug=gazette-editorial-team")) {
            browser.get(Gazette.BASE_URL + screen);
            Browser.seriousAccessibilityViolations(browser).forEach(violation -> problems.add(screen + " " + violation));
        }
        assertEquals(List.of(), problems);
        signOut();
    }

    @Test
    void theArticleListFiltersByStatusAndTitleAndSortsByTitle() {
        signIn("admin", Gazette.ADMIN_PASSWORD);
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
        signOut();
    }

    @Test
    void restoringARevisionBringsItsTextBackAsANewRevision() {
        signIn(AUTHOR, PASSWORD);
        newArticle("Revised " + RUN, "First text.");
        press("editor:save");
        type("editor:body", "Second text.");
        press("editor:save");
        assertEquals(2, browser.findElements(By.cssSelector("tr.revision")).size());

        submit(() -> browser.findElements(By.cssSelector("tr.revision")).get(1).findElement(By.cssSelector("input[value=Restore]")).click());

        waitFor("Restored that revision", () -> browser.findElement(By.id("messages")).getText());
        assertEquals("First text.", browser.findElement(By.id("editor:body")).getAttribute("value"));
        List<WebElement> revisions = browser.findElements(By.cssSelector("tr.revision"));
        assertEquals(3, revisions.size(), "the restore is a revision of its own");
        submit(() -> revisions.get(1).findElement(By.cssSelector("input[value='Compare with the current text']")).click());
        String difference = browser.findElement(By.id("revisionDifference")).getText();
        assertTrue(difference.contains("-Second text.") && difference.contains("+First text."), difference);
        signOut();
    }

    @Test
    void wrongPasswordsSlowDownAndThenLockTheAccountEvenForTheRightOne() throws Exception {
        HttpClient client = Gazette.client(true);
        List<String> messages = new java.util.ArrayList<>();
        for (int failure = 1; failure <= 5; failure++) {
            String message = signInOverHttp(client, GUARDED, "not-the-password");
            messages.add(message);
            if (message.startsWith("Too many failed sign-ins") && message.contains("Wait ")) {
                Thread.sleep(1_000L * Long.parseLong(message.replaceAll(".*Wait (\\d+) seconds.*", "$1")));
            }
        }

        assertEquals("The user name or password is wrong.", messages.get(0));
        assertTrue(messages.get(2).contains("Wait "), "slowed down after the third: " + messages);
        assertTrue(messages.get(4).contains("Try again in 15 minutes."), "locked after the fifth: " + messages);
        assertEquals(messages.get(4), signInOverHttp(client, GUARDED, PASSWORD), "the right password does not open a locked account");
        assertTrue(Gazette.serverLogText().contains("Gazette locked sign-in for '" + GUARDED + "'"), "the lockout is logged");
    }

    /** Signs in through the form's endpoint and returns what the sign-in page says, or "signed in". */
    private static String signInOverHttp(HttpClient client, String username, String password) throws Exception {
        Gazette.get(client, "/admin/");
        HttpResponse<String> answer = Gazette.postForm(client, "/admin/j_security_check",
                "j_username=" + username + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        String location = answer.headers().firstValue("Location").orElse("");
        if (!location.contains("failed=true")) {
            return "signed in";
        }
        return Jsoup.parse(Gazette.get(client, "/admin/login.xhtml?failed=true").body()).selectFirst("[role=alert]").text();
    }

    @Test
    void aPostWithoutSessionOrWithAForgedViewStateChangesNothing() throws Exception {
        String form = "editor=editor&editor%3Atitle=Forged+" + RUN + "&editor%3Abody=x&editor%3Asave=Save&jakarta.faces.ViewState=forged";
        HttpResponse<String> anonymous = Gazette.postForm(Gazette.client(true), "/admin/edit.xhtml", form);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"));

        HttpClient signedIn = Gazette.client(true);
        Gazette.get(signedIn, "/admin/");
        Gazette.postForm(signedIn, "/admin/j_security_check",
                "j_username=admin&j_password=" + URLEncoder.encode(Gazette.ADMIN_PASSWORD, StandardCharsets.UTF_8));
        assertEquals(200, Gazette.get(signedIn, "/admin/").statusCode(), "signed in");
        HttpResponse<String> forged = Gazette.postForm(signedIn, "/admin/edit.xhtml", form);
        assertTrue(forged.statusCode() >= 400, "refused, was " + forged.statusCode() + ": " + forged.body());

        assertFalse(Gazette.get(signedIn, "/admin/?q=Forged").body().contains("Forged " + RUN), "nothing was saved");
    }

    private static void signIn(String username, String password) {
        browser.get(Gazette.BASE_URL + "/admin/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(() -> browser.findElement(By.cssSelector("form button[type=submit]")).click());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/admin/"));
    }

    private static void signOut() {
        press("signOut:signOutButton");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("signedOut=true"));
    }

    private static void addUser(String username, String role) {
        browser.get(Gazette.BASE_URL + "/admin/users.xhtml");
        type("newUser:username", username);
        browser.findElement(By.cssSelector("#newUser\\:role option[value=" + role + "]")).click();
        type("newUser:password", PASSWORD);
        press("newUser:add");
        waitFor("Added " + username + " as " + role.toLowerCase() + ".", () -> browser.findElement(By.id("messages")).getText());
    }

    private static void newArticle(String title, String body) {
        browser.get(Gazette.BASE_URL + "/admin/edit.xhtml");
        type("editor:title", title);
        type("editor:body", body);
    }

    /** Presses a button and waits until the browser shows the page that answered. */
    private static void press(String id) {
        submit(() -> browser.findElement(By.id(id)).click());
    }

    private static void submit(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(page));
    }

    /** Chromium reports a replaced page's element as stale, or sometimes as a node of another document. */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void waitFor(String expected, java.util.function.Supplier<String> actual) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> actual.get().contains(expected));
        } catch (org.openqa.selenium.TimeoutException late) {
            String main = browser.findElements(By.id("content")).stream().map(WebElement::getText).findFirst().orElse(browser.getPageSource());
            throw new AssertionError("expected '" + expected + "' but found '" + actual.get() + "' on a page that reads: " + main, late);
        }
    }
}
