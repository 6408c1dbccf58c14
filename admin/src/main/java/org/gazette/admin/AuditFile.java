package org.gazette.admin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.AuditTrail;
import org.gazette.domain.RuleViolation;
import org.gazette.http.AuditDownload;

/** {@code /admin/audit/download}: the audit trail an administrator filtered, as a CSV or JSON file. */
@WebServlet("/audit/download")
public class AuditFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditDownload.Asked asked;
        try {
            asked = AuditDownload.asked(request::getParameter);
        } catch (RuleViolation wrong) {
            // The error page would say only "bad request"; the administrator needs to know which filter is wrong.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(wrong.getMessage());
            return;
        }
        response.setContentType(asked.format().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asked.format().fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        AuditDownload.write(audit, asked.filter(), asked.format(), user.actor(), response.getOutputStream());
    }
}
