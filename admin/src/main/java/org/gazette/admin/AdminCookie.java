package org.gazette.admin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.gazette.application.SiteSettings;

/**
 * The admin's session cookie, when the site is served over https: {@code Secure}, so no browser
 * ever sends it in the clear, and named with the {@code __Secure-} prefix, so no page over plain
 * http can set one in its place. ({@code __Host-} would also pin it to {@code Path=/}, which would
 * send it with every public page; the cookie stays on {@code /admin}.)
 */
@WebListener
public class AdminCookie implements ServletContextListener {

    static final String SECURE_NAME = "__Secure-GAZETTE_ADMIN";

    @Inject
    SiteSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        if (settings.current().baseUrl().startsWith("https://")) {
            SessionCookieConfig cookie = started.getServletContext().getSessionCookieConfig();
            cookie.setSecure(true);
            cookie.setName(SECURE_NAME);
        }
    }
}
