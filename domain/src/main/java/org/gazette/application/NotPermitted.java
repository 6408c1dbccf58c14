package org.gazette.application;

import org.gazette.domain.RuleViolation;

/** A step the user's role does not allow; the message says what they may do instead. */
public class NotPermitted extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String message) {
        super(message);
    }
}
