package org.gazette.domain.user;

import java.util.Optional;

public interface UserRepository {

    long count();

    Optional<User> findByUsername(String username);

    void add(User user);
}
