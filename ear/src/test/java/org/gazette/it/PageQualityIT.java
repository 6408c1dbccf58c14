package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages as a reader's browser and the standards checkers see them: a walk through the
 * site in headless Chromium with axe-core on every page, and the Nu HTML Checker over every kind of
 * page, including the reference blog's articles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageQualityIT {

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderGoesFromTheHomePageToAnArticleAndOnToATag() {
        SampleArticles sample = SampleArticles.withCode();
        browser.get(Gazette.BASE_URL + "/");
        assertAccessible("/");

        browser.findElement(By.linkText(sample.title())).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/" + sample.slug()));
        WebElement code = browser.findElement(By.cssSelector("article pre code"));
        assertTrue(code.isDisplayed(), "the code block is shown");
        assertEquals(sample.firstCodeBlock().strip(), code.getText().strip(), "the code reads as written");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !code.findElements(By.cssSelector("span[class^=hljs-]")).isEmpty());
        WebElement cover = browser.findElement(By.cssSelector("figure.cover img"));
        Object coverWidth = ((JavascriptExecutor) browser).executeScript("return arguments[0].complete && arguments[0].naturalWidth", cover);
        assertTrue(((Number) coverWidth).intValue() > 0, "the cover image loaded");
        assertAccessible(sample.slug());

        String tag = sample.tags().get(0);
        browser.findElement(By.cssSelector("article header .tags")).findElement(By.linkText(tag)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/tags/"));
        assertEquals("Articles tagged " + tag, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.linkText(sample.title())).isEmpty(), "the tag lists the article we came from");
        assertAccessible("the tag page");
    }

    /** On a phone the teasers stack, and a cover keeps its distance from the headline below it. */
    @Test
    void onAPhoneATeasersCoverDoesNotTouchItsHeadline() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.get(Gazette.BASE_URL + "/");
            @SuppressWarnings("unchecked")
            List<Number> gaps = (List<Number>) browser.executeScript("return Array.from(document.querySelectorAll('article.teaser'))"
                    + ".filter(teaser => teaser.querySelector('.teaser-cover'))"
                    + ".map(teaser => teaser.querySelector('h2').getBoundingClientRect().top"
                    + " - teaser.querySelector('.teaser-cover').getBoundingClientRect().bottom)");

            assertFalse(gaps.isEmpty(), "the home page has teasers with covers");
            gaps.forEach(gap -> assertTrue(gap.doubleValue() >= 8, "a cover " + gap + " px above its headline: " + gaps));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void everyKindOfPageIsValidHtmlAndAccessible() throws Exception {
        SampleArticles sample = SampleArticles.withCode();
        String year = Jsoup.parse(Gazette.get("/archive").body()).selectFirst("section.archive-year h2 a").attr("href");
        String month = Jsoup.parse(Gazette.get("/archive").body()).selectFirst(".archive-months a").attr("href");
        String older = Jsoup.parse(Gazette.get("/").body()).select("nav.pagination a[rel=next]").attr("href");
        List<String> paths = new ArrayList<>(List.of("/", "/archive", year, month, "/" + sample.slug(), "/" + SampleArticles.withoutCode().slug(),
                "/tags/" + sample.tags().get(0).toLowerCase().replace(' ', '-'), "/authors/gazette-editorial-team",
                "/no-such-article", "/admin/login.xhtml"));
        if (!older.isEmpty()) {
            paths.add(older);
        }
        checkPages(paths);
    }

    @Test
    void theReferenceBlogsArticlesAreValidAccessiblePagesWithTheirCodeListsQuotesAndLinks() throws Exception {
        assumeTrue(Files.exists(Gazette.referenceFeed()), "the reference feed is in ../shared/fixtures only where shared/ is present");
        var response = Gazette.importAsAdmin(Files.readAllBytes(Gazette.referenceFeed()));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
        List<String> paths = report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> "/" + item.getString("slug")).toList();

        Map<String, Integer> found = new LinkedHashMap<>(Map.of("pre > code", 0, "ul li, ol li", 0, "blockquote", 0, ".body a[href]", 0));
        for (String path : paths) {
            Document page = Jsoup.parse(Gazette.get(path).body());
            found.replaceAll((selector, count) -> count + page.select("article " + selector).size());
        }
        found.forEach((selector, count) -> assertTrue(count > 0, "the reference articles render " + selector + ": " + found));
        checkPages(paths);
    }

    /** Zero Nu errors on the markup as served, no serious or critical axe violations as rendered, and no scripts but our own. */
    private static void checkPages(List<String> paths) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            String html = Gazette.get(path).body();
            NuHtmlChecker.errors(html).forEach(error -> problems.add(path + " invalid HTML " + error));
            for (Element script : Jsoup.parse(html).select("script")) {
                boolean ours = script.attr("type").equals("application/ld+json") || script.attr("src").startsWith("/assets/code.");
                if (!ours) {
                    problems.add(path + " loads a script that is not ours: " + script);
                }
            }
            browser.get(Gazette.BASE_URL + path);
            Browser.seriousAccessibilityViolations(browser).forEach(violation -> problems.add(path + " " + violation));
            Browser.horizontalOverflowOnAPhone(browser).ifPresent(overflow -> problems.add(path + " " + overflow));
        }
        assertEquals(List.of(), problems);
    }

    private static void assertAccessible(String page) {
        assertEquals(List.of(), Browser.seriousAccessibilityViolations(browser), page);
    }
}
