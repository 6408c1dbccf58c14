package org.gazette.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A document rendered once and served many times: its bytes as they are and gzipped (compressing per
 * request costs far more than serving), with the validators for conditional requests.
 */
public record RenderedDocument(byte[] identity, byte[] gzip, String etag, Instant lastModified, String contentType) {

    public static RenderedDocument of(String text, String contentType, Instant lastModified) {
        byte[] identity = text.getBytes(StandardCharsets.UTF_8);
        return new RenderedDocument(identity, gzip(identity), fingerprint(identity),
                lastModified.truncatedTo(ChronoUnit.SECONDS), contentType);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** A content hash, so the same bytes keep the same ETag across restarts and servers. */
    private static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
