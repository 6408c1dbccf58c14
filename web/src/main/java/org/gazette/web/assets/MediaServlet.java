package org.gazette.web.assets;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.MediaLibrary;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.MediaFile;
import org.gazette.http.ConditionalResponse;
import org.gazette.http.GazetteMetrics;

/**
 * Serves the media library's images. An address names one asset at one width and its bytes never
 * change, so browsers keep them for a year and revalidate only by ETag; the stored content type is
 * sent with {@code nosniff}, so no upload is ever taken for a page or a script.
 */
@WebServlet(MediaAsset.PATH + "*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaLibrary library;

    @Inject
    transient GazetteMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var served = MediaAsset.servedAt(path).filter(address -> library.at(path).filter(asset -> asset.widths().contains(address.width())).isPresent());
        if (served.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The address alone names the bytes, so a browser's copy is confirmed without reading them.
        String etag = "\"" + MediaFile.key(served.get().assetId(), served.get().width()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", ConditionalResponse.IMMUTABLE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (ConditionalResponse.matchesETag(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(library.file(served.get().assetId(), served.get().width()).orElseThrow(), response);
        metrics.mediaServed();
    }

    private static void write(MediaFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
