package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the people who run Gazette probe on the deployed EAR: readiness and liveness, at the server's
 * own addresses, through a database outage, and the metrics that count what Gazette does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void readinessSaysTheDatabaseAnswersAndTheInstallationHasStarted() throws Exception {
        HttpResponse<String> ready = Gazette.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = json(ready);
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = checks(health);
        assertEquals("UP", checks.get("database").getString("status"), ready.body());
        assertEquals("UP", checks.get("installation").getString("status"), ready.body());
        assertEquals("migrated", checks.get("installation").getJsonObject("data").getString("schema"));
        assertTrue(ready.headers().firstValue("Set-Cookie").isEmpty(), "a probe gets no session");
    }

    @Test
    void livenessSaysGazetteAnswers() throws Exception {
        HttpResponse<String> live = Gazette.get("/health/live");

        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", checks(json(live)).get("gazette").getString("status"), live.body());
    }

    @Test
    void theServersEndpointsWithoutTheirSlashLeadToThemAndNoArticleCanTakeTheirAddress() throws Exception {
        for (String endpoint : new String[] {"/health", "/metrics"}) {
            HttpResponse<String> moved = Gazette.get(endpoint);
            assertEquals(301, moved.statusCode(), endpoint);
            assertEquals(endpoint + "/", moved.headers().firstValue("Location").orElse(""), endpoint);
        }
        assertEquals(200, Gazette.get("/health/").statusCode());
    }

    @Test
    void afterTheDatabaseDroppedEveryConnectionOrRefusedThemTheServerRecoversWithoutARestart() throws Exception {
        assumeTrue("PostgreSQL".equals(System.getProperty("gazette.test.database")), "the outage is staged on PostgreSQL");
        URI url = URI.create(System.getenv("GAZETTE_DB_URL").substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        try (Connection elsewhere = DriverManager.getConnection("jdbc:postgresql://" + url.getAuthority() + "/postgres",
                System.getenv("GAZETTE_DB_USER"), System.getenv("GAZETTE_DB_PASSWORD"));
                Statement sql = elsewhere.createStatement()) {
            dropEveryConnection(sql, database);
            assertEquals(200, Gazette.get("/health/ready").statusCode(), "dead connections are replaced as they are handed out");
            assertEquals(200, Gazette.getAsAdmin("/feed/api/v1/imports").statusCode(), "a request that needs the database");

            assertEquals(200, Gazette.get("/").statusCode(), "the home page, now cached");
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            try {
                dropEveryConnection(sql, database);
                HttpResponse<String> down = Gazette.get("/health/ready");
                assertEquals(503, down.statusCode(), down.body());
                JsonObject check = checks(json(down)).get("database");
                assertEquals("DOWN", check.getString("status"));
                assertTrue(check.getJsonObject("data").getString("failure").contains("not currently accepting connections"), down.body());
                long asked = System.nanoTime();
                HttpResponse<String> page = Gazette.get("/not-cached-" + UUID.randomUUID());
                Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
                assertEquals(503, page.statusCode(), "a page that needs the database: " + page.body());
                assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
                assertTrue(page.body().contains("try again in a moment"), page.body());
                assertTrue(answeredIn.compareTo(Duration.ofSeconds(5)) < 0, "told at once, not after the driver's retries: " + answeredIn);
                assertEquals(200, Gazette.get("/").statusCode(), "a cached page is served while the database is away");
            } finally {
                sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
            }
            Gazette.awaitUntil(() -> Gazette.get("/health/ready").statusCode() == 200, Duration.ofSeconds(30), "readiness after the outage");
            assertEquals(200, Gazette.getAsAdmin("/feed/api/v1/imports").statusCode(), "a request that needs the database, after the outage");
        }
    }

    @Test
    void theMetricsCountAPublicationACacheHitAndAFailedSignIn() throws Exception {
        String run = UUID.randomUUID().toString();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Meters</title><link>https://meters.example</link>"
                + "<description>Counted.</description><item><guid>urn:gazette:meters:" + run + "</guid><link>https://meters.example/metered-" + run
                + "</link><title>Metered " + run + "</title><pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate><description>Counted once.</description>"
                + "</item></channel></rss>";
        Metrics before = Metrics.now();

        HttpResponse<String> imported = Gazette.importAsAdmin(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(200, Gazette.get("/feed/rss.xml").statusCode());
        assertEquals(200, Gazette.get("/feed/rss.xml").statusCode());
        HttpResponse<String> refused = Gazette.post(Gazette.client(false), "/feed/api/v1/imports/none/resume", "application/json",
                HttpRequest.BodyPublishers.noBody(), "metered-" + run + ":not-the-password");
        assertEquals(401, refused.statusCode());
        Metrics after = Metrics.now();

        assertEquals(1, after.growth(before, "gazette_articles_published_total"), "the imported article became public");
        assertEquals(1, after.growth(before, "gazette_import_items_total", "outcome=\"created\""));
        assertTrue(after.growth(before, "gazette_cache_hits_total", "kind=\"feed\"") >= 1, "the second feed request was a hit");
        assertTrue(after.growth(before, "gazette_cache_misses_total", "kind=\"feed\"") >= 1, "the import changed the feed, so it was rendered");
        assertTrue(after.growth(before, "gazette_cache_render_seconds_count", "kind=\"feed\"") >= 1, "and its rendering was timed");
        assertEquals(1, after.growth(before, "gazette_signin_failures_total"));
        assertEquals(0, after.growth(before, "gazette_cache_hits_total", "kind=\"sitemap\""), "nothing asked for a sitemap");
        assertTrue(after.growth(before, "gazette_database_connections_borrowed") >= 1, "the import borrowed database connections");
        assertEquals(32, after.value("gazette_database_connections_max"));
        double inUse = after.value("gazette_database_connections_in_use");
        assertTrue(inUse >= 0 && inUse <= 32, "connections in use are within the pool: " + inUse);
    }

    /** One reading of {@code /metrics/}, in the Prometheus text format. */
    private record Metrics(List<String> lines) {

        static Metrics now() throws Exception {
            HttpResponse<String> metrics = Gazette.get("/metrics/");
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), metrics.headers().toString());
            return new Metrics(metrics.body().lines().filter(line -> !line.startsWith("#")).toList());
        }

        /** The value of the one series with this name and these labels. */
        double value(String name, String... labels) {
            List<String> series = lines.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .filter(line -> List.of(labels).stream().allMatch(line::contains)).toList();
            assertEquals(1, series.size(), name + " " + List.of(labels) + " in " + series);
            return Double.parseDouble(series.get(0).substring(series.get(0).lastIndexOf(' ') + 1));
        }

        double growth(Metrics before, String name, String... labels) {
            return value(name, labels) - before.value(name, labels);
        }
    }

    private static void dropEveryConnection(Statement sql, String database) throws Exception {
        sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "' AND pid <> pg_backend_pid()");
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
