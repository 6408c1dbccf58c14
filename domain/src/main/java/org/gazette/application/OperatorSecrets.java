package org.gazette.application;

/**
 * Where a secret Gazette made for the operator, such as the first administrator's password, is
 * kept for them alone: not in the log, which many people and tools read.
 */
public interface OperatorSecrets {

    /** Keeps the secret under this name and answers where, for the log line that points to it. */
    String keep(String name, String secret);
}
