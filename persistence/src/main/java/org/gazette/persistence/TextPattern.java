package org.gazette.persistence;

import java.util.Locale;

/**
 * LIKE patterns for what a user types into a filter or a suggestion box. H2 and PostgreSQL both take
 * a backslash as LIKE's escape by default, so the user's own {@code %} and {@code _} are escaped
 * with it and match only themselves.
 */
final class TextPattern {

    private TextPattern() {
    }

    /** Text anywhere in a lower-cased value. */
    static String containing(String text) {
        String typed = text == null ? "" : text.strip();
        return "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
