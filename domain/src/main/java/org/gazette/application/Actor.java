package org.gazette.application;

import java.util.Objects;

import org.gazette.domain.user.Role;

/** Who is asking a service to do something: a signed-in user and the highest role they hold. */
public record Actor(String username, Role role) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean is(Role atLeast) {
        return role.includes(atLeast);
    }
}
