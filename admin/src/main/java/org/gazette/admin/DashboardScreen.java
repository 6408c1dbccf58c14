package org.gazette.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.SiteSettings;
import org.gazette.application.WritersDesk;
import org.gazette.application.feedimport.ImportStatus;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.EditorsRow;

/** The dashboard: what waits for the signed-in writer, read once per request, with times in the site's zone. */
@Named
@RequestScoped
public class DashboardScreen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    WritersDesk desk;

    @Inject
    SignedInUser user;

    @Inject
    SiteSettings siteSettings;

    private WritersDesk.Desk shown;
    private ZoneId zone;

    /** One article on the desk: its title, whether it is a page, and the time that matters for its part. */
    public record Entry(String id, String title, boolean page, String when, String publicPath) {
    }

    public List<Entry> getDrafts() {
        return entries(desk().drafts(), false);
    }

    public List<Entry> getWaitingForReview() {
        return entries(desk().waitingForReview(), false);
    }

    public List<Entry> getScheduled() {
        return entries(desk().scheduled(), true);
    }

    public List<Entry> getPublished() {
        return entries(desk().published(), true);
    }

    public ImportStatus getLastImport() {
        return desk().lastImport().orElse(null);
    }

    public String getLastImportStarted() {
        return desk().lastImport().map(job -> at(job.startedAt())).orElse("");
    }

    public String getZone() {
        zone();
        return zone.getId();
    }

    private WritersDesk.Desk desk() {
        if (shown == null) {
            shown = desk.of(user.actor());
        }
        return shown;
    }

    private List<Entry> entries(List<EditorsRow> rows, boolean byPublication) {
        return rows.stream().map(row -> new Entry(row.id(), row.title(), row.kind() == ArticleKind.PAGE,
                at(byPublication ? row.published().orElse(row.updatedAt()) : row.updatedAt()),
                row.isPublic() ? "/" + row.slug().value() : null)).toList();
    }

    private String at(Instant instant) {
        return WHEN.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(siteSettings.current().timeZone());
        }
        return zone;
    }
}
