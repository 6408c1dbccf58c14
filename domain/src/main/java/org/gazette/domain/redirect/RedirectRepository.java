package org.gazette.domain.redirect;

import java.util.Optional;

public interface RedirectRepository {

    Optional<Redirect> findFrom(String path);

    void add(Redirect redirect);
}
