package org.gazette.web.assets;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.http.ConditionalResponse;

/** Serves the fingerprinted static files, cached by browsers for a year; unknown or outdated addresses are 404. */
@WebServlet(StaticAssets.PATH + "*")
public class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaticAssets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var document = assets.at(request.getRequestURI().substring(request.getContextPath().length()));
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ConditionalResponse.write(document.get(), request, response, ConditionalResponse.IMMUTABLE);
    }
}
