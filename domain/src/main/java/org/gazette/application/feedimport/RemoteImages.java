package org.gazette.application.feedimport;

import org.gazette.domain.RuleViolation;

/** Images on the site a blog moves away from, as an import copies them into the media library. */
public interface RemoteImages {

    /**
     * The bytes served at an absolute {@code http(s)} address, at most {@code limitBytes} of them.
     *
     * @throws RuleViolation naming why the image could not be fetched: a refused address, an answer
     *     other than 200, more bytes than the limit, or no answer in time
     */
    byte[] fetch(String address, int limitBytes);
}
