package org.gazette.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;

/** The one site of an installation: created on first start, moved when the operator says so. */
@ApplicationScoped
@Transactional
public class SiteSettings {

    static final String NEW_SITE_TITLE = "Gazette";
    static final String NEW_SITE_DESCRIPTION = "A new Gazette publication.";

    @Inject
    SiteRepository sites;

    /** Makes sure the site exists and that an operator's base URL wins over the stored one. */
    public Site prepare(InstallationEnvironment environment) {
        Site site = sites.find().orElseGet(() -> {
            Site created = new Site(NEW_SITE_TITLE, NEW_SITE_DESCRIPTION, environment.baseUrl());
            sites.add(created);
            return created;
        });
        environment.baseUrlOverride().ifPresent(site::moveTo);
        return site;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site current() {
        return sites.find().orElseThrow(() -> new RuleViolation("The site has not been set up yet."));
    }
}
