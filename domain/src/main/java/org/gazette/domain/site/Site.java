package org.gazette.domain.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;
import org.gazette.domain.text.PlainText;

/**
 * The publication's settings. There is exactly one row; its base URL is what every absolute link in
 * pages, feeds and sitemaps is built from.
 */
@Entity
@Table(name = "site")
public class Site {

    public static final String THE_SITE = "site";
    public static final int DEFAULT_FEED_LENGTH = 20;
    public static final int MAX_FEED_LENGTH = 100;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String description;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(name = "icon_url", length = 2000)
    private String iconUrl;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "feed_length", nullable = false)
    private int feedLength;

    @Column(name = "feed_banner", nullable = false)
    private boolean feedBanner;

    /** The navigation menu as its lines; none for a site that has not had one yet. */
    @Column(length = 8000)
    private String navigation;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String title, String description, String baseUrl) {
        this.id = THE_SITE;
        this.language = "en";
        this.timeZone = "UTC";
        this.feedLength = DEFAULT_FEED_LENGTH;
        this.navigation = Navigation.NEW_SITE.lines();
        describe(title, description);
        moveTo(baseUrl);
    }

    public void describe(String newTitle, String newDescription) {
        String text = PlainText.withoutMarkup(newTitle);
        if (text == null || text.isBlank()) {
            throw new RuleViolation("The site needs a title.");
        }
        this.title = text;
        this.description = newDescription == null ? "" : PlainText.withoutMarkup(newDescription);
    }

    /** Sets the public base URL, without a trailing slash so that paths can be appended to it. */
    public void moveTo(String newBaseUrl) {
        this.baseUrl = normalizedBaseUrl(newBaseUrl);
    }

    public static String normalizedBaseUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new RuleViolation("The base URL '" + url + "' must be an absolute http or https URL.");
            }
            return uri.toString().replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new RuleViolation("The base URL '" + url + "' is not a valid URL: " + e.getReason() + ".");
        }
    }

    /** Whether RSS bodies start with a notice that links to the article on the site, for readers whose reader mangles it. */
    public void showBannerInFeeds(boolean show) {
        this.feedBanner = show;
    }

    /** The language of the pages (a BCP 47 tag such as {@code en} or {@code de-CH}) and the zone editors schedule in. */
    public void localize(String newLanguage, String newTimeZone) {
        String tag = newLanguage == null ? "" : newLanguage.strip();
        if (!tag.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new RuleViolation("The language '" + newLanguage + "' is not a language tag such as 'en' or 'de-CH'.");
        }
        try {
            this.timeZone = ZoneId.of(newTimeZone == null ? "" : newTimeZone.strip()).getId();
        } catch (DateTimeException notAZone) {
            throw new RuleViolation("The time zone '" + newTimeZone + "' is unknown; use a name such as 'Europe/Berlin' or 'UTC'.");
        }
        this.language = tag;
    }

    /** How many of the newest articles the feeds carry. */
    public void keepInFeeds(int articles) {
        if (articles < 1 || articles > MAX_FEED_LENGTH) {
            throw new RuleViolation("A feed carries from 1 to " + MAX_FEED_LENGTH + " articles, not " + articles + ".");
        }
        this.feedLength = articles;
    }

    public void useIcon(String newIconUrl) {
        this.iconUrl = newIconUrl == null || newIconUrl.isBlank() ? null : WebAddress.loadable(newIconUrl, "site icon");
    }

    /** Readers find these links at the top of every page, in this order. */
    public void navigateBy(Navigation menu) {
        this.navigation = menu.lines();
    }

    public Navigation navigation() {
        return navigation == null ? Navigation.NEW_SITE : Navigation.parse(navigation);
    }

    /** The absolute URL of a site path such as {@code /my-article}; an address that is absolute already stays as it is. */
    public String absolute(String path) {
        if (path.startsWith("https://") || path.startsWith("http://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String iconUrl() {
        return iconUrl;
    }

    public String language() {
        return language;
    }

    public String timeZone() {
        return timeZone;
    }

    public int feedLength() {
        return feedLength;
    }

    public boolean bannerInFeeds() {
        return feedBanner;
    }
}
