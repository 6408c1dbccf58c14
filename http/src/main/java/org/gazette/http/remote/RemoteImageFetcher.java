package org.gazette.http.remote;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.InstallationEnvironment;
import org.gazette.application.feedimport.RemoteImages;

/**
 * Fetches the old site's images for an import, refusing hosts of the server's own network unless
 * {@code GAZETTE_IMPORT_PRIVATE_HOSTS} allows them.
 */
@ApplicationScoped
public class RemoteImageFetcher implements RemoteImages {

    /** Long enough for a large photo from a slow host, short enough that a stalled one does not hold up an import. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    InstallationEnvironment environment;

    @Override
    public byte[] fetch(String address, int limitBytes) {
        return new GuardedFetch(environment.importFetchesFromPrivateHosts(), TIMEOUT).fetch(address, limitBytes);
    }
}
