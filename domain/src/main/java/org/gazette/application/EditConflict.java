package org.gazette.application;

import java.io.Serializable;

import org.gazette.domain.RuleViolation;

/**
 * Someone saved the article after the editor opened it. Nothing of either version is lost: the
 * stored one stays, and the editor gets it to compare with their own, which they still hold.
 */
public class EditConflict extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient StoredVersion stored;

    public EditConflict(StoredVersion stored) {
        super("While you were editing, " + stored.savedBy() + " saved a newer version of this article. "
                + "Your text is kept below; compare it with theirs and save again to keep yours.");
        this.stored = stored;
    }

    public StoredVersion stored() {
        return stored;
    }

    /** The version in the database: what it says now, who saved it, and its version number to save over. */
    public record StoredVersion(String title, String summary, String body, String savedBy, long version) implements Serializable {
    }
}
