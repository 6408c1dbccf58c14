package org.gazette.it;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;

/** The deployed Gazette as a client sees it: the EAR Maven built, its base URL, and HTTP. */
final class Gazette {

    /** Where the tests reach the server. */
    static final String BASE_URL = System.getProperty("gazette.test.base.url", "http://localhost:8080");
    /** The public base URL the server was given (GAZETTE_BASE_URL), which every absolute link starts with. */
    static final String PUBLIC_URL = System.getProperty("gazette.test.public.url", BASE_URL);
    static final String ADMIN_PASSWORD = System.getProperty("gazette.test.admin.password");
    /** The product name the startup log must report: "H2" or "PostgreSQL". */
    static final String DATABASE = System.getProperty("gazette.test.database", "H2");

    private Gazette() {
    }

    /** The EAR exactly as {@code mvn package} produced it. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("gazette.ear")));
    }

    static Path serverLog() {
        return Path.of(System.getProperty("glassfish.home"), "glassfish", "domains", "domain1", "logs", "server.log");
    }

    static String serverLogText() throws IOException {
        return Files.readString(serverLog(), StandardCharsets.UTF_8);
    }

    /** A client that follows no redirects, so tests see every 302 and 301, and keeps cookies when asked. */
    static HttpClient client(boolean keepsCookies) {
        // HTTP/1.1 as browsers speak it over plain http: Java's default h2c upgrade attempt once got a
        // malformed answer from Payara (a 1.1 body read as an HTTP/2 frame).
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (keepsCookies) {
            builder.cookieHandler(new CookieManager());
        }
        return builder.build();
    }

    static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(client(false), path);
    }

    /** Signs in through the form's endpoint and returns what the sign-in page says, or "signed in". */
    static String signInOverHttp(HttpClient client, String username, String password) throws Exception {
        get(client, "/admin/");
        HttpResponse<String> answer = postForm(client, "/admin/j_security_check",
                "j_username=" + username + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        String location = answer.headers().firstValue("Location").orElse("");
        if (!location.contains("failed=true")) {
            // As a browser does: the form mechanism answers other addresses only once its redirect was followed.
            get(client, URI.create(location).getPath());
            return "signed in";
        }
        return Jsoup.parse(get(client, "/admin/login.xhtml?failed=true").body()).selectFirst("[role=alert]").text();
    }

    static HttpResponse<String> postForm(HttpClient client, String path, String form) throws IOException, InterruptedException {
        return post(client, path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form), null);
    }

    /** POSTs a feed document to the import API as the bootstrapped admin. */
    static HttpResponse<String> importAsAdmin(byte[] document) throws IOException, InterruptedException {
        return post(client(false), "/feed/api/v1/import", "application/rss+xml", HttpRequest.BodyPublishers.ofByteArray(document),
                "admin:" + ADMIN_PASSWORD);
    }

    /** The reference blog's feed, from ../shared beside the checkout. */
    static Path referenceFeed() {
        return Path.of(System.getProperty("gazette.reference.feed", "../shared/fixtures/maxdaten-rss.xml"));
    }

    /** A POST, with HTTP Basic credentials when {@code basicAuthorization} is not null. */
    static HttpResponse<String> post(HttpClient client, String path, String contentType, HttpRequest.BodyPublisher body,
            String basicAuthorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", contentType).POST(body);
        if (basicAuthorization != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicAuthorization.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
