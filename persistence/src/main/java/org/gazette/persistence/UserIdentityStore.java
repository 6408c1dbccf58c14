package org.gazette.persistence;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.gazette.application.UserAccounts;

/**
 * The identity store the admin and the feed API sign users in with: Gazette's own users, checked by
 * {@link UserAccounts} at the same cost whether the name exists or not. The groups a user is in are
 * the names of their roles. Being in the shared library, each WAR's security picks it up.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    UserAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.withCredentials(password.getCaller(), password.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
