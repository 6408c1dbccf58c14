package org.gazette.persistence;

import java.util.Comparator;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.gazette.application.SignInThrottle;

/**
 * Every sign-in, by form or by HTTP Basic, passes the {@link SignInThrottle} before the identity
 * stores see the password, and reports back how it went. Why a sign-in was refused is left in the
 * session (when there is one) for the sign-in page to say.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ThrottledIdentityStoreHandler implements IdentityStoreHandler {

    public static final String REFUSAL = "org.gazette.signInRefusal";

    @Inject
    Instance<IdentityStore> stores;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String username = credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
        String address = request.getRemoteAddr();
        Optional<String> refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            tell(refusal.get());
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = stores.stream()
                .filter(store -> store.validationTypes().contains(IdentityStore.ValidationType.VALIDATE))
                .sorted(Comparator.comparingInt(IdentityStore::priority))
                .map(store -> store.validate(credential))
                .filter(outcome -> outcome.getStatus() == CredentialValidationResult.Status.VALID)
                .findFirst().orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username, address);
            tell(null);
        } else {
            throttle.failed(username, address);
            tell(throttle.refusal(username, address).orElse(null));
        }
        return result;
    }

    private void tell(String refusal) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(REFUSAL, refusal);
        }
    }
}
