package org.gazette.application;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.gazette.domain.user.Role;

/** Who is asking a service to do something: a signed-in user and the highest role they hold. */
public record Actor(String username, Role role) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** The user with the highest of the roles the container says they hold; empty when they hold none. */
    public static Optional<Actor> withHighestRole(String username, Predicate<String> holdsRole) {
        return Arrays.stream(Role.values()).filter(role -> holdsRole.test(role.name())).max(Comparator.naturalOrder())
                .map(highest -> new Actor(username, highest));
    }

    public boolean is(Role atLeast) {
        return role.includes(atLeast);
    }
}
