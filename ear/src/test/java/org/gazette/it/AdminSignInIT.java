package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first administrator, bootstrapped from GAZETTE_ADMIN_PASSWORD, signing in to {@code /admin}, and what guessing gets. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminSignInIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    private static HttpResponse<String> signIn(HttpClient browser, String password, String next) throws Exception {
        return Gazette.postForm(browser, "/admin/j_security_check", "j_username=admin&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPageWithoutBeingGivenASession() throws Exception {
        HttpClient browser = Gazette.client(true);

        HttpResponse<String> challenge = Gazette.get(browser, "/admin/edit.xhtml?id=7");

        assertEquals(303, challenge.statusCode());
        assertEquals("/admin/login.xhtml?next=%2Fedit.xhtml%3Fid%3D7", challenge.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> login = Gazette.get(browser, "/admin/login.xhtml?next=%2Fedit.xhtml%3Fid%3D7");
        assertEquals("/edit.xhtml?id=7", Jsoup.parse(login.body()).selectFirst("input[name=next]").val());
        HttpResponse<String> refused = signIn(browser, "not-the-password-" + RUN, "/");
        for (HttpResponse<String> answer : List.of(challenge, login, refused)) {
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), answer.uri() + " set " + answer.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void signingInGoesOnToThePageAskedForButNeverToAnotherSite() throws Exception {
        HttpClient browser = Gazette.client(true);

        HttpResponse<String> signedIn = signIn(browser, Gazette.ADMIN_PASSWORD, "/tags.xhtml");

        assertEquals(303, signedIn.statusCode());
        assertEquals("/admin/tags.xhtml", signedIn.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> admin = Gazette.get(browser, "/admin/");
        assertEquals(200, admin.statusCode());
        assertEquals("Signed in as admin.", Jsoup.parse(admin.body()).selectFirst(".signed-in").text());
        for (String elsewhere : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            assertEquals("/admin/", signIn(Gazette.client(true), Gazette.ADMIN_PASSWORD, elsewhere).headers().firstValue("Location").orElseThrow(),
                    elsewhere);
        }
    }

    @Test
    void theSessionCookieStaysOnTheAdminAndIsHiddenFromScriptsAndOtherSites() throws Exception {
        HttpClient browser = Gazette.client(true);

        String cookie = sessionCookie(signIn(browser, Gazette.ADMIN_PASSWORD, "/"));

        assertTrue(cookie.contains("Path=/admin") && cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), "other sites cannot send it along: " + cookie);
        assertEquals(Gazette.PUBLIC_URL.startsWith("https://"), cookie.contains("; Secure"), "never sent in the clear to an https site: " + cookie);
        assertTrue(Gazette.get(browser, "/").headers().allValues("Set-Cookie").isEmpty(), "the public site sets nothing");
    }

    @Test
    void signingInGivesTheSessionANewIdAndTheIdFromBeforeIsDeadAtOnce() throws Exception {
        HttpClient browser = Gazette.client(true);
        String planted = cookieValue(sessionCookie(signIn(browser, Gazette.ADMIN_PASSWORD, "/")));

        HttpResponse<String> again = signIn(browser, Gazette.ADMIN_PASSWORD, "/");

        assertEquals(303, again.statusCode());
        assertNotEquals(planted, cookieValue(sessionCookie(again)), "the answer that signs in carries a new id");
        HttpResponse<String> withTheOldId = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/admin/"))
                .header("Cookie", Gazette.ADMIN_COOKIE + "=" + planted).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, withTheOldId.statusCode(), "whoever holds the id from before the sign-in is not signed in");
        assertEquals(200, Gazette.get(browser, "/admin/").statusCode(), "the one who signed in is");
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(Gazette.ADMIN_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        HttpClient browser = Gazette.client(true);

        assertEquals("The user name or password is wrong.", Gazette.signInOverHttp(browser, "admin", Gazette.ADMIN_PASSWORD + "-wrong"));
        assertEquals(303, Gazette.get(browser, "/admin/").statusCode(), "still signed out");
    }

    @Test
    void aNameThatDoesNotExistTakesAsLongToRefuseAsAWrongPassword() throws Exception {
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownName = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            wrongPassword.add(timeToRefuse("admin", "192.0.2." + (100 + attempt)));
            unknownName.add(timeToRefuse("nobody-" + RUN + "-" + attempt, "192.0.2." + (110 + attempt)));
        }
        long known = median(wrongPassword);
        long unknown = median(unknownName);

        assertTrue(unknown * 2 > known && known * 2 > unknown, "median ns, wrong password " + known + ", unknown name " + unknown
                + ": " + wrongPassword + " " + unknownName);
    }

    private static long timeToRefuse(String username, String forwardedFor) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> refused = Gazette.postForm(Gazette.client(false), "/admin/j_security_check",
                "j_username=" + username + "&j_password=not-the-password", "X-Forwarded-For", forwardedFor);
        long took = System.nanoTime() - start;
        assertTrue(refused.headers().firstValue("Location").orElse("").contains("failed=true"), refused.headers().map().toString());
        return took;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    @Test
    void anAddressThatGuessesOverHttpBasicWaitsEverywhereAndOthersDoNot() throws Exception {
        String guesser = "198.51.100." + (1 + Math.floorMod(RUN.hashCode(), 250));
        for (int guess = 1; guess <= 20; guess++) {
            assertEquals(401, importFrom(guesser, "admin:wrong-" + guess).statusCode());
        }

        assertEquals(401, importFrom(guesser, "admin:" + Gazette.ADMIN_PASSWORD).statusCode(), "the guesser waits, right password or not");
        assertEquals("Too many failed sign-ins. Wait a little before you try again.",
                Gazette.signInOverHttp(Gazette.client(true), "admin", Gazette.ADMIN_PASSWORD, guesser),
                "the admin's sign-in form knows of the guesses over the API: one record per server, not per WAR");
        assertEquals(200, importFrom("192.0.2.99", "admin:" + Gazette.ADMIN_PASSWORD).statusCode(), "the admin elsewhere goes on");
    }

    private static HttpResponse<String> importFrom(String forwardedFor, String credentials) throws Exception {
        return Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/import"))
                .header("Authorization", Gazette.basic(credentials)).header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/rss+xml")
                .POST(HttpRequest.BodyPublishers.ofString("<rss version=\"2.0\"><channel><title>Nothing new</title></channel></rss>"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageIsAStatelessFormForAnonymousVisitors() throws Exception {
        HttpResponse<String> login = Gazette.get("/admin/login.xhtml");

        assertEquals(200, login.statusCode());
        assertNotNull(Jsoup.parse(login.body()).selectFirst("form input[type=password][name=j_password]"));
    }
}
