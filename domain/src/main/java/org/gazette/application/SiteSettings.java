package org.gazette.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.site.Navigation;
import org.gazette.domain.site.Site;
import org.gazette.domain.site.SiteRepository;
import org.gazette.domain.user.Role;

/** The one site of an installation: created on first start, moved when the operator says so. */
@ApplicationScoped
@Transactional
public class SiteSettings {

    static final String NEW_SITE_TITLE = "Gazette";
    static final String NEW_SITE_DESCRIPTION = "A new Gazette publication.";

    @Inject
    SiteRepository sites;

    @Inject
    Event<SiteChanged> changes;

    @Inject
    AuditTrail audit;

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

    /** An administrator changes what the site is called, where it lives and how its pages and feeds behave. */
    public Site change(SiteDescription description, Actor actor) {
        actor.requireAdministrator("change the site's settings");
        Site site = current();
        description.applyTo(site);
        changes.fire(new SiteChanged("settings"));
        audit.record(actor, AuditAction.SETTINGS_CHANGED, null, "site settings", description.toString());
        return site;
    }

    /** The settings an administrator edits. */
    public record SiteDescription(String title, String description, String baseUrl, String iconUrl, String language,
            String timeZone, int feedLength, boolean feedBanner, String navigation) {

        /** Gives the site these settings, each checked by the site's own rules. */
        public void applyTo(Site site) {
            site.describe(title, description);
            site.moveTo(baseUrl);
            site.useIcon(iconUrl);
            site.localize(language, timeZone);
            site.keepInFeeds(feedLength);
            site.showBannerInFeeds(feedBanner);
            site.navigateBy(Navigation.parse(navigation));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site current() {
        return sites.find().orElseThrow(() -> new RuleViolation("The site has not been set up yet."));
    }
}
