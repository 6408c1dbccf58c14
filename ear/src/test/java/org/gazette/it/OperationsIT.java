package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
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

/** What the people who run Gazette probe on the deployed EAR: readiness and liveness, at the server's own addresses, through a database outage. */
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
