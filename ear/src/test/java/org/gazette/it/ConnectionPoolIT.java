package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database pool has the sizes the operator set. The server is started on a PostgreSQL schema of
 * its own with {@code GAZETTE_DB_POOL_MIN} and {@code GAZETTE_DB_POOL_MAX} both 3, and PostgreSQL
 * itself is asked how many connections Gazette holds: 3 once it is ready, and still 3 after many
 * requests at once that each need one (with the defaults, 2 and then as many as the server's request
 * threads). The server goes back to its H2 database afterwards, so the test runs in the H2 pass only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectionPoolIT {

    private static final int POOL_SIZE = 3;
    private static final int REQUESTS_AT_ONCE = 60;

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    @Test
    void thePoolOpensAsManyConnectionsAsTheOperatorSetAndNoMore() throws Exception {
        PostgreSqlSchema schema = PostgreSqlSchema.empty("gazette_pool");
        String size = String.valueOf(POOL_SIZE);
        try {
            Asadmin.restartWith(schema.serverEnvironment(Map.of("GAZETTE_DB_POOL_MIN", size, "GAZETTE_DB_POOL_MAX", size)));
            Gazette.awaitUntil(() -> connectionsGazetteHolds(schema) == POOL_SIZE, Duration.ofSeconds(30),
                    "Gazette to hold the pool's " + POOL_SIZE + " connections while idle");

            List<Integer> statuses = manyReadinessChecksAtOnce();

            assertEquals(List.of(200), statuses.stream().distinct().toList(), "every request waited for a connection and got one");
            assertEquals(POOL_SIZE, connectionsGazetteHolds(schema), "the requests opened no connection beyond the pool's most");
        } finally {
            Asadmin.restartWith(Map.of());
        }
    }

    /** Each readiness check borrows a connection to ask the database whether it answers. */
    private static List<Integer> manyReadinessChecksAtOnce() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/health/ready")).build();
        List<CompletableFuture<HttpResponse<Void>>> answers = IntStream.range(0, REQUESTS_AT_ONCE)
                .mapToObj(request -> client.sendAsync(ready, HttpResponse.BodyHandlers.discarding())).toList();
        return answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
    }

    private static int connectionsGazetteHolds(PostgreSqlSchema schema) throws SQLException {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND application_name = 'Gazette'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
