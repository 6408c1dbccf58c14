package org.gazette.http;

import java.io.IOException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gazette's own answer for an error: a short page that says what went wrong in words, or for the
 * JSON APIs a JSON {@code error}, never the server's page with its name, version or a stack trace.
 * Declared as the default error page of each WAR.
 */
public class ErrorAnswer extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<Integer, String> MEANINGS = Map.of(
            400, "The request is malformed: check the address.",
            401, "Sign in first: this needs an account.",
            403, "This is not yours to see or do.",
            404, "There is nothing at this address.",
            405, "This address does not take that kind of request.",
            413, "What was sent is too large.",
            415, "The content type of what was sent is not one this address takes.",
            503, "The site cannot answer right now; try again in a moment.");

    @Resource(lookup = DatabaseOutage.DATA_SOURCE)
    transient DataSource database;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure && DatabaseOutage.causedBy(failure, database)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        String meaning = MEANINGS.getOrDefault(status, status >= 500 ? "Something went wrong on our side; it has been logged."
                : "The request could not be answered.");
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri.contains("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("error", meaning).add("status", status).build().toString());
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>" + status
                + " · Gazette</title></head>\n<body><main><h1>" + status + "</h1><p>" + meaning + "</p><p><a href=\"/\">Go to the"
                + " newest articles</a></p></main></body></html>\n");
    }
}
