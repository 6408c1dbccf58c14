package org.gazette.admin;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gazette.application.UserAccounts;

/**
 * Ends a session as soon as its user's access changes: disabled, given another role or a new
 * password. The roles of a session are fixed when it signs in, so without this a demoted editor
 * would keep publishing until they signed out. Mapped in web.xml, after the security headers.
 */
public class AccessCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ACCESS_VERSION = AccessCheck.class.getName() + ".accessVersion";
    private static final String ENDED_PAGE = "/login.xhtml?ended=true";

    @Inject
    UserAccounts accounts;

    /** Lets the session go on under the user's new access, for a change they made to their own account. */
    static void carryOn(HttpSession session, int accessVersion) {
        session.setAttribute(ACCESS_VERSION, accessVersion);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null && !current(request, session)) {
            SignOut.end(request);
            redirectToSignIn(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the session's access is still the user's; the first request after sign-in records it. */
    private boolean current(HttpServletRequest request, HttpSession session) {
        Optional<Integer> now = accounts.accessVersion(request.getUserPrincipal().getName());
        try {
            Object signedInWith = session.getAttribute(ACCESS_VERSION);
            if (now.isPresent() && signedInWith == null) {
                carryOn(session, now.get());
            }
            return now.isPresent() && (signedInWith == null || signedInWith.equals(now.get()));
        } catch (IllegalStateException endedMeanwhile) {
            // A parallel request of the same page (a style sheet, say) ended this session first.
            return false;
        }
    }

    private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signInPage = request.getContextPath() + ENDED_PAGE;
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "partial/ajax".equals(request.getParameter("Faces-Request"));
        if (ajax) {
            // A Faces ajax request (autosave, say) follows only a redirect it is told of in its own XML.
            response.setContentType("text/xml; charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signInPage + "\"/></partial-response>");
        } else {
            response.sendRedirect(signInPage);
        }
    }
}
