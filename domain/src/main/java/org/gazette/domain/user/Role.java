package org.gazette.domain.user;

/** What a user may do, from least to most; each role can do everything the ones before it can. */
public enum Role {
    CONTRIBUTOR,
    AUTHOR,
    EDITOR,
    ADMIN;

    /** Whether this role may do what {@code other} may: every role includes the ones before it. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
