package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieHandler;
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
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
    /** The admin's session cookie: with the {@code __Secure-} prefix when the site is served over https. */
    static final String ADMIN_COOKIE = PUBLIC_URL.startsWith("https://") ? "__Secure-GAZETTE_ADMIN" : "JSESSIONID";

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
            builder.cookieHandler(new LocalCookies());
        }
        return builder.build();
    }

    /**
     * Cookies as a browser keeps them for a server on this machine: {@code http://localhost} counts
     * as secure, so the admin's {@code Secure} cookie (the public base URL is https) goes back to it.
     */
    private static final class LocalCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(secure(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(secure(uri), responseHeaders);
        }

        private static URI secure(URI uri) {
            return "http".equals(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri;
        }
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
        return signInOverHttp(client, username, password, null);
    }

    /**
     * As {@link #signInOverHttp(HttpClient, String, String)}, for a client that a trusted proxy in
     * front names in X-Forwarded-For (the tests' server trusts this machine as its proxy).
     */
    static String signInOverHttp(HttpClient client, String username, String password, String forwardedFor) throws Exception {
        HttpResponse<String> answer = postForm(client, "/admin/j_security_check",
                "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8),
                forwardedFor == null ? new String[0] : new String[] {"X-Forwarded-For", forwardedFor});
        String location = answer.headers().firstValue("Location").orElse("");
        if (!location.contains("failed=")) {
            return "signed in";
        }
        return Jsoup.parse(get(client, URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()).body())
                .selectFirst("[role=alert]").text();
    }

    /** A form POST, with extra headers given as name, value, name, value. */
    static HttpResponse<String> postForm(HttpClient client, String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A request written byte for byte to the server's socket, for what Java's HTTP client will not
     * send (a Host header of the caller's choosing, a broken escape); answers the status line and headers.
     */
    static String rawRequest(String requestLines) throws IOException {
        URI base = URI.create(BASE_URL);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort() < 0 ? 80 : base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLines.replace("\n", "\r\n") + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** POSTs a feed document to the import API as the bootstrapped admin. */
    /** A GET with the first administrator's HTTP Basic credentials, as the JSON APIs take them. */
    static HttpResponse<String> getAsAdmin(String path) throws IOException, InterruptedException {
        return client(false).send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Authorization", basic("admin:" + ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> importAsAdmin(byte[] document) throws IOException, InterruptedException {
        return post(client(false), "/feed/api/v1/import", "application/rss+xml", HttpRequest.BodyPublishers.ofByteArray(document),
                "admin:" + ADMIN_PASSWORD);
    }

    /** The reference blog's feed, from ../shared beside the checkout. */
    static Path referenceFeed() {
        return Path.of(System.getProperty("gazette.reference.feed", "../shared/fixtures/maxdaten-rss.xml"));
    }

    /** The Authorization header of HTTP Basic for "user:password". */
    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST, with HTTP Basic credentials when {@code basicAuthorization} is not null. */
    static HttpResponse<String> post(HttpClient client, String path, String contentType, HttpRequest.BodyPublisher body,
            String basicAuthorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", contentType).POST(body);
        if (basicAuthorization != null) {
            request.header("Authorization", basic(basicAuthorization));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits for a condition the server will reach, asking every 200 ms, instead of sleeping for a guess. */
    static void awaitUntil(Condition condition, Duration patience, String what) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.holds()) {
            assertTrue(Instant.now().isBefore(deadline), "gave up waiting for " + what);
            Thread.sleep(200);
        }
    }

    /** Waits, after a (re)start, until {@code path} answers 200, counting a refused connection as not yet. */
    static void awaitAnswering(String path) throws Exception {
        awaitUntil(() -> {
            try {
                return get(path).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        }, Duration.ofMinutes(3), path + " to answer 200 after the start");
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }
}
