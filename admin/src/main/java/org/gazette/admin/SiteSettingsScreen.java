package org.gazette.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.SiteSettings;
import org.gazette.domain.site.Navigation;
import org.gazette.domain.site.Site;

/** The administrators' screen of site settings: title, address, icon, language, time zone, feeds and navigation. */
@Named
@RequestScoped
public class SiteSettingsScreen {

    @Inject
    SiteSettings settings;

    @Inject
    SignedInUser user;

    private String title;
    private String description;
    private String baseUrl;
    private String iconUrl;
    private String language;
    private String timeZone;
    private int feedLength;
    private boolean feedBanner;
    private String navigation;

    @PostConstruct
    void fill() {
        Site site = settings.current();
        title = site.title();
        description = site.description();
        baseUrl = site.baseUrl();
        iconUrl = site.iconUrl();
        language = site.language();
        timeZone = site.timeZone();
        feedLength = site.feedLength();
        feedBanner = site.bannerInFeeds();
        navigation = site.navigation().lines();
    }

    public String save() {
        return Messages.attempt(() -> {
            settings.change(new SiteSettings.SiteDescription(title, description, baseUrl, iconUrl, language, timeZone, feedLength, feedBanner,
                    navigation),
                    user.actor());
            return "Saved the site's settings; pages and feeds show them now.";
        }, "/settings.xhtml?faces-redirect=true");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String iconUrl) {
        this.iconUrl = iconUrl;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public int getFeedLength() {
        return feedLength;
    }

    public void setFeedLength(int feedLength) {
        this.feedLength = feedLength;
    }

    public String getNavigation() {
        return navigation;
    }

    public void setNavigation(String navigation) {
        this.navigation = navigation;
    }

    public int getMaxNavigationLinks() {
        return Navigation.MAX_LINKS;
    }

    public boolean isFeedBanner() {
        return feedBanner;
    }

    public void setFeedBanner(boolean feedBanner) {
        this.feedBanner = feedBanner;
    }
}
