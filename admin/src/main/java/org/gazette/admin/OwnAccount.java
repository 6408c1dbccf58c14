package org.gazette.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.gazette.application.UserAccounts;
import org.gazette.domain.user.User;

/** Your account: everyone signed in changes their own password here, with their current one. */
@Named
@RequestScoped
public class OwnAccount {

    private static final String SELF = "/account.xhtml?faces-redirect=true";

    @Inject
    UserAccounts accounts;

    @Inject
    SignedInUser user;

    private String currentPassword;
    private String newPassword;

    /** The new password ends every other session of the user; this one goes on under it. */
    public String changePassword() {
        return Messages.attempt(() -> {
            User changed = accounts.changeOwnPassword(user.actor(), currentPassword, newPassword);
            AccessCheck.carryOn((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false), changed.accessVersion());
            return "Your password is changed. Your other sessions have ended.";
        }, SELF);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
