package org.gazette.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.UserAccounts;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.user.Role;
import org.gazette.domain.user.User;

/** The administrators' screen of users: who may sign in, and adding someone with a role. */
@Named
@RequestScoped
public class UserAdmin {

    @Inject
    UserAccounts accounts;

    @Inject
    SignedInUser user;

    private String username;
    private String password;
    private String role = Role.AUTHOR.name();

    public String create() {
        try {
            User created = accounts.create(username, password, Role.valueOf(role), user.actor());
            Messages.info("Added " + created.username() + " as " + role.toLowerCase() + ".");
            return "/users.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
            return null;
        }
    }

    public List<User> getUsers() {
        return accounts.all();
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
