package org.gazette.domain.article;

import java.util.UUID;

import org.gazette.domain.RuleViolation;

/**
 * The identity of an article in feeds. It never changes once given, so feed readers never show an
 * article twice; an imported article keeps the guid of its origin.
 */
public record Guid(String value) {

    public static final int MAX_LENGTH = 500;

    public Guid {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("A guid is required.");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new RuleViolation("The guid is longer than " + MAX_LENGTH + " characters.");
        }
    }

    public static Guid random() {
        return new Guid("urn:uuid:" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
