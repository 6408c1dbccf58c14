package org.gazette.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.gazette.application.PasswordHashing;

/**
 * The identity store the admin and the feed API sign users in with: PBKDF2 hashes of the users in Gazette's own
 * tables. The groups a user is in are the names of their roles. It lives beside the schema it
 * queries, and being in the shared library, each WAR's security picks it up.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = FlywaySchema.DATA_SOURCE,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND disabled = FALSE",
        groupsQuery = "SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_BYTES, PasswordHashing.KEY_BYTES
        })
public class UserIdentityStore {
}
