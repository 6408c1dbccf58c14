package org.gazette.application.feedimport;

import jakarta.ejb.ApplicationException;

import org.gazette.domain.RuleViolation;

/**
 * A document refused as a whole: not XML, not a feed, or carrying a DOCTYPE. It reaches the caller
 * as it is, also across the enterprise bean that reads feeds for other modules.
 */
@ApplicationException
public class RefusedFeed extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public RefusedFeed(String message) {
        super(message);
    }
}
