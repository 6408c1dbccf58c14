package org.gazette.http;

import java.security.Principal;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.gazette.application.Actor;
import org.gazette.application.ClientAddresses;
import org.gazette.application.InstallationEnvironment;

/**
 * Who makes a request, as the services and their audit trail see them: the signed-in user, the
 * highest role they hold, and the client's address, behind the proxies the operator trusts.
 */
@ApplicationScoped
public class Callers {

    @Inject
    InstallationEnvironment environment;

    private ClientAddresses clients;

    @PostConstruct
    void readTrustedProxies() {
        clients = environment.clientAddresses();
    }

    public String address(HttpServletRequest request) {
        return clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The signed-in user with their highest role; empty for an anonymous request or a user without a role. */
    public Optional<Actor> of(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        return user == null ? Optional.empty() : Actor.withHighestRole(user.getName(), address(request), request::isUserInRole);
    }
}
