package org.gazette.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void everyChangeOfAccessEndsTheSessionsBegunBeforeIt() {
        User user = new User("ada", "hash", Role.EDITOR, Instant.EPOCH);
        Set<Integer> seen = new HashSet<>(List.of(user.accessVersion()));

        user.assign(Role.AUTHOR);
        assertTrue(seen.add(user.accessVersion()), "a new role");
        user.changePassword("other hash");
        assertTrue(seen.add(user.accessVersion()), "a new password");
        user.disable();
        assertTrue(user.isDisabled());
        assertTrue(seen.add(user.accessVersion()), "disabled");
        int whileDisabled = user.accessVersion();
        user.enable();
        assertFalse(user.isDisabled());
        assertNotEquals(whileDisabled, user.accessVersion(), "enabled again");
    }

    @Test
    void whatChangesNothingEndsNoSession() {
        User user = new User("ada", "hash", Role.EDITOR, Instant.EPOCH);
        int before = user.accessVersion();

        user.assign(Role.EDITOR);
        user.enable();

        assertEquals(before, user.accessVersion());
    }
}
