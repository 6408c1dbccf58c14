package org.gazette.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.SignInThrottle;
import org.gazette.application.UserAccounts;
import org.gazette.domain.user.Role;
import org.gazette.domain.user.User;

/** The administrators' screen of users: who may sign in with which role, adding someone, changing roles and passwords. */
@Named
@RequestScoped
public class UserAdmin {

    private static final String SELF = "/users.xhtml?faces-redirect=true";
    private static final DateTimeFormatter WAIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    UserAccounts accounts;

    @Inject
    SignedInUser user;

    @Inject
    SignInThrottle throttle;

    private String username;
    private String password;
    private String role = Role.AUTHOR.name();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> newPasswords = new HashMap<>();
    private List<User> users;
    private List<SignInThrottle.Wait> waits;

    public String create() {
        return Messages.attempt(() -> "Added " + accounts.create(username, password, Role.valueOf(role), user.actor()).username()
                + " as " + role.toLowerCase() + ".", SELF);
    }

    public String assign(String username) {
        Role chosen = Role.valueOf(roles.get(username));
        return Messages.attempt(() -> accounts.assign(username, chosen, user.actor()).username() + " is now "
                + chosen.name().toLowerCase() + "; their open sessions have ended.", SELF);
    }

    public String disable(String username) {
        return Messages.attempt(() -> accounts.disable(username, user.actor()).username()
                + " can no longer sign in; their open sessions have ended.", SELF);
    }

    /** The clients and addresses that must wait before they try to sign in again. */
    public List<SignInThrottle.Wait> getWaits() {
        if (waits == null) {
            waits = throttle.waits(user.actor());
        }
        return waits;
    }

    public String time(Instant instant) {
        return WAIT_TIME.format(instant);
    }

    public String lift(String username, String address) {
        return Messages.attempt(() -> {
            throttle.lift(username, address, user.actor());
            return (username == null || username.isBlank() ? address : username + " from " + address) + " may try to sign in again.";
        }, SELF);
    }

    public String enable(String username) {
        return Messages.attempt(() -> accounts.enable(username, user.actor()).username() + " can sign in again.", SELF);
    }

    /** A new password ends the user's sessions. */
    public String resetPassword(String username) {
        return Messages.attempt(() -> "Set a new password for " + accounts.resetPassword(username, newPasswords.get(username), user.actor()).username()
                + ".", SELF);
    }

    public List<User> getUsers() {
        if (users == null) {
            users = accounts.all();
            users.forEach(each -> roles.putIfAbsent(each.username(), Collections.max(each.roles()).name()));
        }
        return users;
    }

    public Map<String, String> getAssignedRoles() {
        return roles;
    }

    public Map<String, String> getNewPasswords() {
        return newPasswords;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
