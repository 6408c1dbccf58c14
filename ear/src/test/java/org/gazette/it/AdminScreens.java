package org.gazette.it;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's screens as a person uses them in the browser: sign in, fill in fields, press buttons, read messages. */
final class AdminScreens {

    private final ChromeDriver browser;
    private final String password;
    private final String base;
    private String signedIn;

    /** {@code password} is the one every user this test class adds gets. */
    AdminScreens(ChromeDriver browser, String password) {
        this(browser, password, Gazette.BASE_URL);
    }

    /** The same, for the Gazette at {@code base} (an instance of a cluster, or the balancer in front). */
    AdminScreens(ChromeDriver browser, String password, String base) {
        this.browser = browser;
        this.password = password;
        this.base = base;
    }

    /** A browser, with these users (name to role) added by the administrator, signed out again. */
    static AdminScreens withUsers(String password, Map<String, String> roles) throws Exception {
        AdminScreens admin = new AdminScreens(Browser.start(), password);
        admin.signIn("admin", Gazette.ADMIN_PASSWORD);
        roles.forEach(admin::addUser);
        admin.signOut();
        return admin;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** Forgets every cookie, so a test starts signed out whatever the one before it left behind. */
    void startSignedOut() {
        browser.get(base + "/admin/login.xhtml");
        browser.manage().deleteAllCookies();
    }

    void close() {
        browser.quit();
    }

    /** What the page says back: the messages of the last action. */
    String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    /** The status of the article open in the editor: "a draft", "published" and so on. */
    String status() {
        return browser.findElement(By.id("status")).getText();
    }

    void signIn(String username, String password) {
        signedIn = username;
        browser.get(base + "/admin/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(() -> browser.findElement(By.cssSelector("form button[type=submit]")).click());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/admin/"));
    }

    void signOut() {
        press("signOut:signOutButton");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("signedOut=true"));
    }

    void addUser(String username, String role) {
        browser.get(base + "/admin/users.xhtml");
        type("newUser:username", username);
        browser.findElement(By.cssSelector("#newUser\\:role option[value=" + role + "]")).click();
        type("newUser:password", password);
        press("newUser:add");
        waitFor("Added " + username + " as " + role.toLowerCase() + ".", this::messages);
    }

    /**
     * Starts an article as the signed-in writer; one who has no byline yet (an editor without an
     * author profile) writes under their user name, as they would type it.
     */
    void newArticle(String title, String body) {
        browser.get(base + "/admin/edit.xhtml");
        type("editor:title", title);
        type("editor:body", body);
        if (browser.findElement(By.id("editor:author")).getAttribute("value").isEmpty()) {
            type("editor:author", signedIn);
        }
    }

    /** Presses a button and waits until the browser shows the page that answered. */
    void press(String id) {
        submit(() -> browser.findElement(By.id(id)).click());
    }

    void submit(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(page));
    }

    /** Chromium reports a replaced page's element as stale, or sometimes as a node of another document. */
    boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void waitFor(String expected, Supplier<String> actual) {
        waitFor(expected, actual, Duration.ofSeconds(10));
    }

    void waitFor(String expected, Supplier<String> actual, Duration patience) {
        try {
            // An ajax update may replace the element between finding it and reading it; the next poll finds the new one.
            new WebDriverWait(browser, patience).ignoring(StaleElementReferenceException.class).until(driver -> actual.get().contains(expected));
        } catch (org.openqa.selenium.TimeoutException late) {
            String main = browser.findElements(By.id("content")).stream().map(WebElement::getText).findFirst().orElse(browser.getPageSource());
            throw new AssertionError("expected '" + expected + "' but found '" + actual.get() + "' on a page that reads: " + main, late);
        }
    }
}
