package org.gazette.web.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.SiteSettings;

/** {@code /robots.txt}: crawlers may read everything public, are kept out of the admin, and learn where the sitemap is. */
@WebServlet("/robots.txt")
public class RobotsTxt extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteSettings siteSettings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write("User-agent: *\nDisallow: /admin/\n\nSitemap: "
                + siteSettings.current().absolute("/feed/sitemap.xml") + "\n");
    }
}
