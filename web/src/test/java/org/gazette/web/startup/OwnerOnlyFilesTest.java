package org.gazette.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path domain;

    @Test
    void aSecretIsKeptInAFileOnlyTheServersUserMayReadAndReplacesAnOlderOne() throws Exception {
        OwnerOnlyFiles secrets = new OwnerOnlyFiles(domain.resolve("gazette"));
        secrets.keep("first-admin-password", "older");

        Path kept = Path.of(secrets.keep("first-admin-password", "s3cret-words"));

        assertEquals(domain.resolve("gazette/first-admin-password"), kept);
        assertEquals("s3cret-words\n", Files.readString(kept));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent())));
        try (var left = Files.list(kept.getParent())) {
            assertEquals(1, left.count(), "no drafts left behind");
        }
    }
}
