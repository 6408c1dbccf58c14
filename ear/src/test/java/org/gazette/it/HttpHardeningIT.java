package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an attacker probing the deployed EAR over HTTP learns and can bend: headers, errors, redirects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    private static final List<String> SERVER_WORDS = List.of("Payara", "GlassFish", "Grizzly", "Exception", "java.", "jakarta.");

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void pagesFeedsErrorsAndAdminScreensCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json", "/no-such-article", "/static/covers/manuscript.svg")) {
            HttpResponse<String> answer = Gazette.get(path);
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404, path + " " + answer.statusCode());
            SecurityHeaderChecks.assertPublicHeaders(answer);
        }
        SecurityHeaderChecks.assertAdminHeaders(Gazette.get("/admin/login.xhtml"));
        SecurityHeaderChecks.assertAdminHeaders(Gazette.get("/admin/"));
        HttpClient signedIn = Gazette.client(true);
        assertEquals("signed in", Gazette.signInOverHttp(signedIn, "admin", Gazette.ADMIN_PASSWORD));
        HttpResponse<String> screen = Gazette.get(signedIn, "/admin/");
        assertEquals(200, screen.statusCode());
        SecurityHeaderChecks.assertAdminHeaders(screen);
    }

    @Test
    void anUnparsableIfModifiedSinceIsIgnored() throws Exception {
        for (String path : List.of("/", "/feed/rss.xml")) {
            HttpResponse<String> answer = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + path))
                    .header("If-Modified-Since", "yesterday, around noon").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        }
    }

    @Test
    void everyWarAnswersAnUnknownAddressWithGazettesOwnPage() throws Exception {
        for (String path : List.of("/no/such/thing", "/feed/nope", "/media/nope.png", "/assets/nope.css")) {
            HttpResponse<String> answer = Gazette.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTellsNothingOfTheServer(answer.headers().map() + answer.body());
        }
    }

    @Test
    void theJsonApiAnswersItsRefusalsInJson() throws Exception {
        HttpResponse<String> anonymous = Gazette.post(Gazette.client(false), "/feed/api/v1/import", "application/rss+xml",
                HttpRequest.BodyPublishers.ofString("<rss version=\"2.0\"/>"), null);
        assertEquals(401, anonymous.statusCode());
        assertJson(anonymous);

        HttpResponse<String> untyped = Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/import"))
                .header("Authorization", Gazette.basic("admin:" + Gazette.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString("<rss version=\"2.0\"><channel><title>t</title></channel></rss>")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, untyped.statusCode(), untyped.body());
        assertJson(untyped);
        assertTrue(untyped.body().contains("Content-Type"), untyped.body());
    }

    @Test
    void theHostHeaderNeverReachesARedirect() throws Exception {
        for (String path : List.of("/admin/", "/admin", "/feed", "/admin/edit.xhtml", "/rss.xml")) {
            String answer = Gazette.rawRequest("GET " + path + " HTTP/1.1\nHost: evil.example\n");
            String location = answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElseThrow(() -> new AssertionError(path + " did not redirect: " + answer));
            assertFalse(location.contains("evil.example"), path + ": " + location);
            String target = location.substring(9).trim();
            assertTrue(target.startsWith("/") || target.startsWith(Gazette.PUBLIC_URL + "/"), path + ": " + location);
        }
    }

    private static void assertJson(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().map().toString());
        assertTrue(answer.body().startsWith("{") && answer.body().contains("\"error\""), answer.body());
    }

    private static void assertTellsNothingOfTheServer(String answer) {
        SERVER_WORDS.forEach(word -> assertFalse(answer.contains(word), "names " + word + ": " + answer));
        assertFalse(answer.getBytes(StandardCharsets.UTF_8).length > 4096, "a short page: " + answer);
    }
}
