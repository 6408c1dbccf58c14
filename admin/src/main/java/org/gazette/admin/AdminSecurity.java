package org.gazette.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in for the admin: a login form, checked against the users in the database by the identity
 * store of the persistence library.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml",
        errorPage = "/login.xhtml?failed=true",
        useForwardToLogin = false))
public class AdminSecurity {
}
