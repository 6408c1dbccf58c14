package org.gazette.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Gives a session a new id on the first request after its user signed in, so an id that someone
 * planted before the sign-in (session fixation) is worthless after it. Jakarta Security's form
 * mechanism keeps the id it had. Mapped in web.xml, before {@link AccessCheck}.
 */
public class SessionRenewal extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RENEWED_FOR = SessionRenewal.class.getName() + ".renewedFor";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null
                && !request.getUserPrincipal().getName().equals(session.getAttribute(RENEWED_FOR))) {
            request.changeSessionId();
            session.setAttribute(RENEWED_FOR, request.getUserPrincipal().getName());
        }
        chain.doFilter(request, response);
    }
}
