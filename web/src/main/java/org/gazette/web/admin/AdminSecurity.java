package org.gazette.web.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.gazette.application.PasswordHashing;

/**
 * Sign-in for the admin: a login form, and an identity store that checks PBKDF2 hashes of the users
 * in Gazette's own database. The groups a user is in are the names of their roles.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/admin/login.xhtml",
        errorPage = "/admin/login.xhtml?failed=true",
        useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:global/jdbc/gazette",
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ?",
        groupsQuery = "SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_BYTES, PasswordHashing.KEY_BYTES
        })
public class AdminSecurity {
}
