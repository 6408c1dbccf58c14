package org.gazette.application.sitearchive;

import org.gazette.domain.RuleViolation;

/** A restore was refused because the site already has content, which it would mix with the archive's. */
public class SiteNotEmpty extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public SiteNotEmpty(String message) {
        super(message);
    }
}
