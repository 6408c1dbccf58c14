package org.gazette.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.AuditTrail;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository.AuditFilter;
import org.gazette.http.AuditDownload;

/** The administrators' view of the audit trail: filtered by user, action, subject and days, a page at a time, and downloadable. */
@Named
@RequestScoped
public class AuditScreen {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditTrail audit;

    @Inject
    SignedInUser user;

    private String username;
    private String action;
    private String subject;
    private String from;
    private String to;
    private int page = 1;
    private List<Row> rows;
    private boolean hasMore;
    private String problem;

    /** One page of entries, newest first; one more is read only to know whether a next page exists. */
    public List<Row> getRows() {
        if (rows == null) {
            try {
                AuditFilter filter = AuditDownload.filter(username, action, subject, from, to);
                List<AuditEntry> found = audit.read(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1, user.actor());
                hasMore = found.size() > PAGE_SIZE;
                rows = found.stream().limit(PAGE_SIZE).map(AuditScreen::row).toList();
            } catch (RuleViolation wrongFilter) {
                problem = wrongFilter.getMessage();
                rows = List.of();
            }
        }
        return rows;
    }

    private static Row row(AuditEntry entry) {
        return new Row(AT.format(entry.at()), entry.username(), Optional.ofNullable(entry.address()).orElse("—"), entry.action().label(),
                Optional.ofNullable(entry.subject()).orElse(""), Optional.ofNullable(entry.detail()).orElse(""));
    }

    public boolean isHasMore() {
        getRows();
        return hasMore;
    }

    public String getProblem() {
        getRows();
        return problem;
    }

    /** The same filters, another page. */
    public String pageLink(int otherPage) {
        return "?" + query() + "&page=" + otherPage;
    }

    /** Everything the filters let through, as a file. */
    public String downloadLink(String format) {
        return "audit/download?format=" + format + "&" + query();
    }

    private String query() {
        return QueryString.of("user", username, "action", action, "subject", subject, "from", from, "to", to);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    /** One entry as the table shows it. */
    public record Row(String at, String username, String address, String action, String subject, String detail) {
    }
}
