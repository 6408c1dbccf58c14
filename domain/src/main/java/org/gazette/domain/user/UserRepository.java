package org.gazette.domain.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    long count();

    Optional<User> findByUsername(String username);

    /** Every user, by user name. */
    List<User> all();

    void add(User user);
}
