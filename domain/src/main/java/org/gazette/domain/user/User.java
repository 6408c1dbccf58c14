package org.gazette.domain.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gazette.domain.RuleViolation;

/**
 * Someone who signs in to the admin. Only a password hash is ever kept; the identity store of the
 * web layer reads the same columns.
 */
@Entity
@Table(name = "app_user")
public class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private boolean disabled;

    /** Goes up with every change to what the user may do or how they sign in; older sessions end. */
    @Column(name = "access_version", nullable = false)
    private int accessVersion;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, Role role, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("A user name has 2 to 50 lower-case letters, digits, dots, hyphens or underscores.");
        }
        this.id = UUID.randomUUID().toString();
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.of(role);
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * Takes what a backup kept of a user of this name: roles, whether they may sign in, since when
     * they exist, and their password hash when the backup holds it (otherwise the password stays).
     */
    public void reinstate(Set<Role> keptRoles, boolean keptDisabled, Instant keptCreatedAt, Optional<String> keptPasswordHash) {
        if (keptRoles.isEmpty()) {
            throw new RuleViolation("The user '" + username + "' needs a role.");
        }
        this.roles = EnumSet.copyOf(keptRoles);
        this.disabled = keptDisabled;
        this.createdAt = LocalDateTime.ofInstant(keptCreatedAt, ZoneOffset.UTC);
        keptPasswordHash.ifPresent(hash -> this.passwordHash = hash);
        accessVersion++;
    }

    /** The one role the user has from now on; sessions begun under the old one end. */
    public void assign(Role role) {
        if (roles.equals(EnumSet.of(role))) {
            return;
        }
        this.roles = EnumSet.of(role);
        accessVersion++;
    }

    /** A new password ends the user's sessions, so whoever knew the old one is out. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        accessVersion++;
    }

    /** A disabled user cannot sign in and is signed out; their name stays on their articles and revisions. */
    public void disable() {
        if (!disabled) {
            this.disabled = true;
            accessVersion++;
        }
    }

    public void enable() {
        if (disabled) {
            this.disabled = false;
            accessVersion++;
        }
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** The PBKDF2 hash of the user's password, for the check at sign-in. */
    public String passwordHash() {
        return passwordHash;
    }

    public int accessVersion() {
        return accessVersion;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
