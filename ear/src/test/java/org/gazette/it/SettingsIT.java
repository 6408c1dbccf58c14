package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A wrong setting stops the deployment, with a line in the server log that names it. The test gives
 * the running server wrong settings as system properties, as an operator might, and deploys the
 * EAR itself, since Arquillian would take the refusal for its own failure, and restarts the server
 * afterwards, which an operator must do too (see {@link #restartTheServer}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsIT {

    /** Something for Arquillian to deploy, so it starts the server; Gazette is deployed by the test. */
    @Deployment(testable = false)
    static WebArchive bystander() {
        return ShrinkWrap.create(WebArchive.class, "bystander.war").addAsWebResource(new StringAsset("A bystander."), "index.html");
    }

    @Test
    void aWrongSettingStopsTheDeploymentWithALineThatNamesIt() throws Exception {
        long logBefore = Gazette.serverLogText().length();
        Asadmin.Result set = asadmin("create-system-properties", "gazette.sample.site=yes:gazette.db.pool.max=lots");
        assertEquals(0, set.exitCode(), set.output());
        Asadmin.Result deployed;
        try {
            deployed = asadmin("deploy", "--name", "gazette-wrongly-set", System.getProperty("gazette.ear"));
        } finally {
            for (String property : new String[] {"gazette.sample.site", "gazette.db.pool.max"}) {
                Asadmin.Result removed = asadmin("delete-system-property", property);
                assertEquals(0, removed.exitCode(), removed.output());
            }
            restartTheServer();
        }

        assertNotEquals(0, deployed.exitCode(), "the deployment failed: " + deployed.output());
        String expected = "GAZETTE_SAMPLE_SITE (gazette.sample.site) is 'yes', which it does not accept; it must be true or false.";
        assertTrue(deployed.output().contains(expected), deployed.output());
        String log = Gazette.serverLogText().substring((int) logBefore);
        assertTrue(log.contains("GAZETTE-1001 Gazette does not start: " + expected), log);
        assertTrue(log.contains("GAZETTE-1001 Gazette does not start: GAZETTE_DB_POOL_MAX (gazette.db.pool.max) is 'lots', which it does not accept;"),
                "the pool's size, read by the data source too, is checked like every setting: " + log);
        assertTrue(asadmin("list-applications").output().lines().noneMatch(line -> line.startsWith("gazette-wrongly-set")),
                "nothing is left deployed");
    }

    /**
     * Payara keeps a refused deployment's health checks registered, and {@code /health} answers 500
     * until the server restarts, so the test leaves a restarted server behind it.
     */
    private static void restartTheServer() throws Exception {
        Asadmin.Result restarted = asadmin("restart-domain", "domain1");
        assertEquals(0, restarted.exitCode(), restarted.output());
        Gazette.awaitAnswering("/health/ready");
    }

    private static Asadmin.Result asadmin(String... arguments) throws Exception {
        return Asadmin.run(arguments);
    }
}
