package org.gazette.admin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteExport;
import org.gazette.http.SiteArchiveFile;

/** {@code /admin/export}: the whole site as one ZIP archive, for an administrator to keep. */
@WebServlet("/export")
public class SiteArchiveDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteExport export;

    @Inject
    transient SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Manifest manifest = export.begin(user.actor(), "true".equals(request.getParameter("passwords")));
        response.setContentType(SiteArchiveFile.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SiteArchiveFile.fileName(manifest) + "\"");
        response.setHeader("Cache-Control", "no-store");
        SiteArchiveFile.write(export, manifest, user.actor(), response.getOutputStream());
    }
}
