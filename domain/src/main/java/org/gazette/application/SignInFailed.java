package org.gazette.application;

/**
 * Announces a sign-in refused for a wrong username or password, from a client address, and whether
 * the {@link SignInThrottle} now makes that client or address wait.
 */
public record SignInFailed(String username, String address, boolean madeToWait) {
}
