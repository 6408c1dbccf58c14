package org.gazette.domain;

/**
 * A request that the model refuses. The message names the problem in words an editor understands,
 * because adapters show it to the person who made the request as it is.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String message) {
        super(message);
    }
}
