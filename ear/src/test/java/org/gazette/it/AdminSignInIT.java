package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first administrator, bootstrapped from GAZETTE_ADMIN_PASSWORD, signing in to {@code /admin}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    private static HttpResponse<String> signIn(HttpClient browser, String password) throws Exception {
        HttpResponse<String> challenge = Gazette.get(browser, "/admin/");
        assertEquals(302, challenge.statusCode());
        assertTrue(challenge.headers().firstValue("Location").orElseThrow().endsWith("/admin/login.xhtml"));
        return Gazette.postForm(browser, "/admin/j_security_check",
                "j_username=admin&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    @Test
    void theAdminAsksForALoginAndAcceptsTheBootstrappedAdministrator() throws Exception {
        HttpClient browser = Gazette.client(true);

        HttpResponse<String> signedIn = signIn(browser, Gazette.ADMIN_PASSWORD);

        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/"));
        HttpResponse<String> admin = Gazette.get(browser, "/admin/");
        assertEquals(200, admin.statusCode());
        assertEquals("Signed in as admin.", Jsoup.parse(admin.body()).selectFirst(".signed-in").text());
    }

    @Test
    void theSessionCookieBelongsToTheAdminAloneStaysOnThisSiteAndIsRenewedAfterSignIn() throws Exception {
        HttpClient browser = Gazette.client(true);
        HttpResponse<String> challenge = Gazette.get(browser, "/admin/");
        HttpResponse<String> signedIn = Gazette.postForm(browser, "/admin/j_security_check",
                "j_username=admin&j_password=" + URLEncoder.encode(Gazette.ADMIN_PASSWORD, StandardCharsets.UTF_8));

        assertEquals(302, signedIn.statusCode());
        HttpResponse<String> firstPage = Gazette.get(browser, "/admin/");

        String before = sessionCookie(challenge);
        String after = sessionCookie(firstPage);
        assertTrue(before.contains("Path=/admin") && before.contains("HttpOnly"), before);
        assertTrue(after.contains("Path=/admin") && after.contains("HttpOnly"), after);
        assertTrue(after.toLowerCase().contains("samesite=strict"), "other sites cannot send it along: " + after);
        assertNotEquals(before.substring(0, before.indexOf(';')), after.substring(0, after.indexOf(';')), "a new session id after sign-in");
        assertTrue(Gazette.get(browser, "/").headers().allValues("Set-Cookie").isEmpty(), "the public site sets nothing");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        HttpClient browser = Gazette.client(true);

        HttpResponse<String> refused = signIn(browser, Gazette.ADMIN_PASSWORD + "-wrong");

        assertEquals(302, refused.statusCode());
        String errorPage = refused.headers().firstValue("Location").orElseThrow();
        assertTrue(errorPage.endsWith("/admin/login.xhtml?failed=true"), errorPage);
        assertNotNull(Jsoup.parse(Gazette.get(browser, "/admin/login.xhtml?failed=true").body()).selectFirst("[role=alert]"));
        assertEquals(302, Gazette.get(browser, "/admin/").statusCode(), "still signed out");
    }

    @Test
    void theLoginPageIsAStatelessFormForAnonymousVisitors() throws Exception {
        HttpResponse<String> login = Gazette.get("/admin/login.xhtml");

        assertEquals(200, login.statusCode());
        assertNotNull(Jsoup.parse(login.body()).selectFirst("form input[type=password][name=j_password]"));
    }
}
