package org.gazette.http.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;

/**
 * One fetch of a file from another site: {@code http} and {@code https} only, each address a
 * redirect leads to checked like the first, no host of this server's own network unless an operator
 * allows it, the whole exchange within {@code timeout}, and no more bytes read than the limit.
 */
final class GuardedFetch {

    static final int MOST_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final boolean privateHostsAllowed;
    private final Duration timeout;

    GuardedFetch(boolean privateHostsAllowed, Duration timeout) {
        this.privateHostsAllowed = privateHostsAllowed;
        this.timeout = timeout;
    }

    byte[] fetch(String address, int limitBytes) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = parse(address);
        for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
            checkAllowed(uri);
            HttpURLConnection connection = open(uri, deadline);
            try {
                int status = connection.getResponseCode();
                if (REDIRECTS.contains(status) && connection.getHeaderField("Location") != null) {
                    uri = parse(uri.resolve(connection.getHeaderField("Location").strip()).toString());
                    continue;
                }
                if (status != HttpURLConnection.HTTP_OK) {
                    throw new RuleViolation("The old site answered " + status + " for it.");
                }
                if (connection.getContentLengthLong() > limitBytes) {
                    throw tooLarge(limitBytes);
                }
                return read(connection, limitBytes, deadline);
            } catch (SocketTimeoutException slow) {
                throw late();
            } catch (IOException unreachable) {
                throw new RuleViolation("It could not be fetched: " + unreachable.getMessage() + ".");
            } finally {
                connection.disconnect();
            }
        }
        throw new RuleViolation("It redirects more than " + MOST_REDIRECTS + " times.");
    }

    private static URI parse(String address) {
        if (!WebAddress.isAbsolute(address)) {
            throw new RuleViolation("'" + address + "' is no http or https address; images are fetched only from those.");
        }
        return URI.create(address);
    }

    /** Every address the host has must be public, so that no name that resolves inward is followed. */
    private void checkAllowed(URI uri) {
        if (privateHostsAllowed) {
            return;
        }
        try {
            for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
                if (isOwnNetwork(resolved)) {
                    throw new RuleViolation(uri.getHost() + " is " + resolved.getHostAddress() + ", an address of a private or local network;"
                            + " images are fetched only from public addresses.");
                }
            }
        } catch (UnknownHostException unknown) {
            throw new RuleViolation("There is no host " + uri.getHost() + ".");
        }
    }

    static boolean isOwnNetwork(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        return first == 0 || first == 100 && (bytes[1] & 0xc0) == 64;
    }

    private HttpURLConnection open(URI uri, long deadline) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(remainingMillis(deadline));
            connection.setReadTimeout(remainingMillis(deadline));
            connection.setRequestProperty("Accept", "image/*");
            connection.setRequestProperty("User-Agent", "Gazette image import");
            return connection;
        } catch (IOException | IllegalArgumentException unusable) {
            throw new RuleViolation("It could not be fetched: " + unusable.getMessage() + ".");
        }
    }

    private byte[] read(HttpURLConnection connection, int limitBytes, long deadline) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream body = connection.getInputStream()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > limitBytes) {
                    throw tooLarge(limitBytes);
                }
                connection.setReadTimeout(remainingMillis(deadline));
            }
        }
        return bytes.toByteArray();
    }

    private int remainingMillis(long deadline) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
            throw late();
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private RuleViolation late() {
        return new RuleViolation("The old site did not send it within " + timeout.toSeconds() + " seconds.");
    }

    private static RuleViolation tooLarge(int limitBytes) {
        return new RuleViolation("It is larger than the upload limit of " + limitBytes / (1024 * 1024) + " MB.");
    }
}
