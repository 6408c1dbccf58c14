package org.gazette.application;

import java.util.HashMap;
import java.util.Map;

/**
 * The PBKDF2 parameters for user passwords, shared by the code that stores hashes and the identity
 * store that checks them. 210,000 iterations of HMAC-SHA512 is OWASP's current recommendation.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private PasswordHashing() {
    }

    static Map<String, String> parameters() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES}) {
            String[] nameAndValue = parameter.split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue[1]);
        }
        return parameters;
    }
}
