package org.gazette.persistence;

import java.util.Comparator;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

import org.gazette.application.ClientAddresses;
import org.gazette.application.InstallationEnvironment;
import org.gazette.application.SignInFailed;
import org.gazette.application.SignInThrottle;

/**
 * Every sign-in, by form or by HTTP Basic, passes the {@link SignInThrottle} before the identity
 * stores see the password, and reports back how it went, for the client the request came from
 * (behind trusted proxies, {@code GAZETTE_TRUSTED_PROXIES}, the one their X-Forwarded-For names).
 * Why a sign-in was refused is left in the request for the sign-in form to say.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ThrottledIdentityStoreHandler implements IdentityStoreHandler {

    @Inject
    Instance<IdentityStore> stores;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<SignInFailed> failures;

    @Inject
    InstallationEnvironment environment;

    private ClientAddresses clients;

    @PostConstruct
    void readTrustedProxies() {
        clients = environment.clientAddresses();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String username = credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
        String address = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Optional<String> refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            request.setAttribute(SignInThrottle.REFUSED, refusal.get());
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
        } else {
            failures.fire(new SignInFailed(username, address, throttle.failed(username, address)));
            throttle.refusal(username, address).ifPresent(wait -> request.setAttribute(SignInThrottle.REFUSED, wait));
        }
        return result;
    }
}
