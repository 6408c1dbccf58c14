package org.gazette.domain.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing someone did: who, when, what, to which subject and from which client address. An entry
 * has no setters, since nothing may change what the trail says happened.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Who acts when nobody signed in does, as when the timer publishes a scheduled article. */
    public static final String SYSTEM = "(system)";
    static final int MOST_DETAIL = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(length = 100)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_id", length = 200)
    private String subjectId;

    @Column(length = 500)
    private String subject;

    @Column(length = MOST_DETAIL)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String username, String address, AuditAction action, String subjectId, String subject, String detail) {
        this.id = UUID.randomUUID().toString();
        this.at = LocalDateTime.ofInstant(Objects.requireNonNull(at, "at"), ZoneOffset.UTC);
        this.username = cut(Objects.requireNonNull(username, "username"), 100);
        this.address = cut(address, 100);
        this.action = Objects.requireNonNull(action, "action");
        this.subjectId = cut(subjectId, 200);
        this.subject = cut(subject, 500);
        this.detail = cut(detail, MOST_DETAIL);
    }

    /** A user's name or a tag's may be as long as a column allows; the trail keeps what fits. */
    private static String cut(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at.toInstant(ZoneOffset.UTC);
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public AuditAction action() {
        return action;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
