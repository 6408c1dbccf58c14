package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the people who run Gazette probe on the deployed EAR: readiness and liveness, at the server's own addresses. */
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

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
