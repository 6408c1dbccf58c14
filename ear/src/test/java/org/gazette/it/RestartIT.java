package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An operator restarts the server: everything published before is still there, unchanged. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final Pattern GUID = Pattern.compile("<guid[^>]*>([^<]+)</guid>");

    @Deployment(testable = false)
    static EnterpriseArchive gazette() {
        return Gazette.ear();
    }

    private static List<String> guids(HttpResponse<String> feed) {
        Matcher matcher = GUID.matcher(feed.body());
        return matcher.results().map(match -> match.group(1)).toList();
    }

    @Test
    void articlesSurviveARestartWithTheirIdentities() throws Exception {
        List<String> before = guids(Gazette.get("/feed/rss.xml"));
        assertFalse(before.isEmpty(), "the sample site is published");

        Process restart = new ProcessBuilder(
                Path.of(System.getProperty("glassfish.home"), "bin", "asadmin").toString(), "restart-domain", "domain1")
                .inheritIO().start();
        assertEquals(0, restart.waitFor(5, TimeUnit.MINUTES) ? restart.exitValue() : -1, "asadmin restart-domain");

        assertEquals(before, guids(feedOnceTheApplicationIsBack()));
    }

    /** restart-domain returns before applications are loaded, so wait for the application itself. */
    private static HttpResponse<String> feedOnceTheApplicationIsBack() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try {
                HttpResponse<String> feed = Gazette.get("/feed/rss.xml");
                if (feed.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                    return feed;
                }
            } catch (IOException notListeningYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notListeningYet;
                }
            }
            Thread.sleep(1000);
        }
    }
}
