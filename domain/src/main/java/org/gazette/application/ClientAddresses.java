package org.gazette.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gazette.domain.RuleViolation;

/**
 * Which client a request came from. Behind a load balancer every request comes from the
 * balancer, so its {@code X-Forwarded-For} names the client; but anyone can send that header, so
 * it counts only when the request comes from a trusted proxy, and then only up to the first hop
 * that is not one. Trusted proxies are addresses or subnets ({@code 10.0.0.0/8}, {@code ::1}).
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Subnet> trusted;

    private ClientAddresses(List<Subnet> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Trusting the proxies of a comma-separated list, such as an operator's setting; empty trusts none. */
    public static ClientAddresses trusting(String proxies) {
        return new ClientAddresses(Arrays.stream(proxies == null ? new String[0] : proxies.split(",")).map(String::strip)
                .filter(proxy -> !proxy.isEmpty()).map(Subnet::of).toList());
    }

    /** The client's address, given the address the connection came from and the request's X-Forwarded-For, if any. */
    public String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int hop = hops.length - 1; hop >= 0; hop--) {
            String address = hops[hop].strip();
            if (parse(address).isEmpty()) {
                // A hop that is no address was written by someone we cannot trust: stop at the proxy that passed it on.
                return hop == hops.length - 1 ? remoteAddress : hops[hop + 1].strip();
            }
            if (!trusts(address)) {
                return address;
            }
        }
        return hops[0].strip();
    }

    private boolean trusts(String address) {
        return parse(address).map(bytes -> trusted.stream().anyMatch(subnet -> subnet.contains(bytes))).orElse(false);
    }

    /** The bytes of an address written as digits, without ever asking DNS about a name. */
    private static Optional<byte[]> parse(String address) {
        if (address == null || !(IPV4.matcher(address).matches() || address.contains(":") && address.matches("[0-9a-fA-F:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address with the number of leading bits that must match. */
    private record Subnet(byte[] address, int bits) {

        static Subnet of(String written) {
            String[] parts = written.split("/", 2);
            byte[] address = parse(parts[0]).orElseThrow(() -> new RuleViolation("'" + written
                    + "' is not a trusted proxy's address: write an IP address or a subnet such as 10.0.0.0/8."));
            int bits = parts.length == 1 ? address.length * 8 : size(parts[1]);
            if (bits < 0 || bits > address.length * 8) {
                throw new RuleViolation("'" + written + "' has a subnet size outside 0 to " + address.length * 8 + ".");
            }
            return new Subnet(address, bits);
        }

        private static int size(String bits) {
            return bits.matches("\\d{1,3}") ? Integer.parseInt(bits) : -1;
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
