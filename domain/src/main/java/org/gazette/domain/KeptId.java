package org.gazette.domain;

import java.util.regex.Pattern;

/**
 * The id a backup kept for something it holds. Ids are UUIDs in lower case, as new ones are made,
 * so whatever is reinstated under its old id cannot take a form no other id has.
 */
public final class KeptId {

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private KeptId() {
    }

    /** The id, when it is one; {@code whose} names its owner in the refusal ("An article's"). */
    public static String of(String id, String whose) {
        if (id == null || !UUID_FORM.matcher(id).matches()) {
            throw new RuleViolation(whose + " id must be a UUID; '" + id + "' is not.");
        }
        return id;
    }
}
