package org.gazette.web.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps what a page renders instead of sending it, so the page cache can decide: cache it and serve
 * it from memory, or pass it on as it is. Headers, redirects and errors go straight through.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Pages render synchronously.");
        }
    };
    private PrintWriter writer;
    private boolean cookieSet;
    private boolean errorSent;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void flushBuffer() {
        // Nothing is sent before the cache has decided.
    }

    /** A complete 200 HTML page with nothing personal in it. */
    boolean isCacheable() {
        return !errorSent && !cookieSet && getStatus() == SC_OK && String.valueOf(getContentType()).startsWith("text/html");
    }

    String text() {
        if (writer != null) {
            writer.flush();
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Sends what was captured, for a page that is not to be cached. */
    void passOn() throws IOException {
        if (errorSent || isCommitted()) {
            return;
        }
        byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            getResponse().getOutputStream().write(bytes);
        }
    }
}
