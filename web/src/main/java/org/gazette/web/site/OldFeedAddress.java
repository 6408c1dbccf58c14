package org.gazette.web.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /rss.xml}, where the feed of many blogs used to be: moved for good to {@code /feed/rss.xml}. */
@WebServlet("/rss.xml")
public class OldFeedAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", "/feed/rss.xml");
    }
}
