package org.gazette.web.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.gazette.application.OperatorSecrets;

/**
 * Secrets for the operator in files only the server's user may read or write (mode 600), in a
 * folder of the server's domain, the way Jenkins keeps its first password. The file is complete
 * before it has its name, so nobody reads half a secret.
 */
final class OwnerOnlyFiles implements OperatorSecrets {

    private final Path folder;

    OwnerOnlyFiles(Path folder) {
        this.folder = folder;
    }

    /** The {@code gazette} folder of the Payara domain (instance) this server runs in, else of the user's home. */
    static OwnerOnlyFiles ofThisServer() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        return new OwnerOnlyFiles(instanceRoot != null ? Path.of(instanceRoot, "gazette") : Path.of(System.getProperty("user.home"), ".gazette"));
    }

    @Override
    public String keep(String name, String secret) {
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path draft = Files.createTempFile(folder, name, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, secret + "\n", StandardCharsets.UTF_8);
            Path kept = folder.resolve(name);
            Files.move(draft, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kept.toAbsolutePath().toString();
        } catch (IOException failed) {
            throw new UncheckedIOException("Gazette could not keep the " + name + " in " + folder + ": " + failed.getMessage(), failed);
        }
    }
}
