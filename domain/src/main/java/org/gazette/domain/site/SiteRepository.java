package org.gazette.domain.site;

import java.util.Optional;

public interface SiteRepository {

    Optional<Site> find();

    void add(Site site);
}
