package org.gazette.admin;

import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gazette.application.Actor;
import org.gazette.application.SignInThrottle;
import org.gazette.application.SiteSettings;
import org.gazette.application.UserAccounts;
import org.gazette.http.Callers;
import org.gazette.http.SecurityHeaders;
import org.gazette.http.SiteAddress;

/**
 * Sign-in for the admin, a form posted to {@code j_security_check}. Jakarta Security's own form
 * mechanism kept the session id across the sign-in, gave every anonymous visitor a session to
 * remember where they were going, and redirected to whatever host the request named. This one
 * gives the session a new id in the very response that signs in, so an id planted before is dead
 * from then on; it carries the page asked for in the sign-in page's address, not in a session;
 * and its redirects are site paths, whatever the Host header said.
 */
@ApplicationScoped
public class AdminSignIn implements HttpAuthenticationMechanism {

    static final String FORM = "/j_security_check";
    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN = AdminSignIn.class.getName() + ".signedIn";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SiteSettings settings;

    @Inject
    UserAccounts accounts;

    @Inject
    Callers callers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (FORM.equals(path) && "POST".equals(request.getMethod())) {
            return signIn(request, response, context);
        }
        SignedIn signedIn = signedIn(request.getSession(false));
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            String asked = "GET".equals(request.getMethod()) ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
            return redirect(request, response, SIGN_IN_PAGE + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String next = sitePath(request.getParameter("next"));
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(
                String.valueOf(request.getParameter("j_username")), String.valueOf(request.getParameter("j_password"))));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            String failure = request.getAttribute(SignInThrottle.REFUSED) == null ? "true" : "wait";
            return redirect(request, response, SIGN_IN_PAGE + "?failed=" + failure + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        context.notifyContainerAboutLogin(result);
        Actor.withHighestRole(result.getCallerPrincipal().getName(), callers.address(request), result.getCallerGroups()::contains)
                .ifPresent(accounts::signedIn);
        return redirect(request, response, next);
    }

    private static SignedIn signedIn(HttpSession session) {
        try {
            return session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        } catch (IllegalStateException endedMeanwhile) {
            return null;
        }
    }

    /** A page of the admin to go to after signing in; anything else, another site included, is the admin's home. */
    private static String sitePath(String next) {
        boolean ours = next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(Character::isISOControl) && !next.startsWith(SIGN_IN_PAGE) && !next.startsWith(FORM);
        return ours ? next : "/";
    }

    /** A redirect to a path of the admin, as a path: the browser resolves it against the address it asked for. */
    private AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String adminPath) {
        SecurityHeaders.apply(SecurityHeaders.Part.ADMIN, SiteAddress.of(() -> settings.current().baseUrl()), response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", URI.create(request.getContextPath() + adminPath).toASCIIString());
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Who signed in to a session, with the groups they had then. */
    private record SignedIn(String name, Set<String> groups) implements Serializable {
    }
}
