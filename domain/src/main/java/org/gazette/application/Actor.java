package org.gazette.application;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.gazette.domain.user.Role;

/**
 * Who is asking a service to do something: a signed-in user, the highest role they hold, and the
 * address of the client they ask from, as the audit trail records it.
 */
public record Actor(String username, Role role, String address) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** The user with the highest of the roles the container says they hold; empty when they hold none. */
    public static Optional<Actor> withHighestRole(String username, String address, Predicate<String> holdsRole) {
        return Arrays.stream(Role.values()).filter(role -> holdsRole.test(role.name())).max(Comparator.naturalOrder())
                .map(highest -> new Actor(username, highest, address));
    }

    public boolean is(Role atLeast) {
        return role.includes(atLeast);
    }

    /** Refuses the action to anyone but an administrator; {@code what} completes "Only an administrator may …". */
    public void requireAdministrator(String what) {
        if (!is(Role.ADMIN)) {
            throw new NotPermitted("Only an administrator may " + what + ".");
        }
    }
}
