package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The test server's {@code asadmin}, as an operator runs it, for tests that reconfigure or restart the server. */
final class Asadmin {

    private static final Path ASADMIN = Path.of(System.getProperty("glassfish.home"), "bin", "asadmin");

    private Asadmin() {
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String... arguments) throws Exception {
        return run(Map.of(), arguments);
    }

    /** Runs asadmin with these variables added to the environment: a server it starts gets them too. */
    static Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ASADMIN.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "asadmin " + String.join(" ", arguments));
        return new Result(process.exitValue(), output);
    }

    /** Stops the server and starts it again with these variables added, then waits until Gazette is ready. */
    static void restartWith(Map<String, String> environment) throws Exception {
        Result stopped = run("stop-domain", "domain1");
        assertEquals(0, stopped.exitCode(), stopped.output());
        Result started = run(environment, "start-domain", "domain1");
        assertEquals(0, started.exitCode(), started.output());
        Gazette.awaitAnswering("/health/ready");
    }
}
