package dev.lede.pipeline.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps the crawler off the internal network: a hostile page (or a redirect) must not make Lede fetch
 * {@code http://127.0.0.1:8080/admin} or a cloud metadata address.
 *
 * <p>The host name is resolved once, here, and every address it resolves to is checked. The JVM caches
 * successful look-ups ({@code networkaddress.cache.ttl}, 30 s by default), so the connection that
 * follows within that time uses the address checked here: a DNS answer that changes between the check
 * and the connection (DNS rebinding) does not get through.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Why {@code host} must not be fetched, or empty when it may be.
     *
     * @throws UnknownHostException when the name does not resolve
     */
    public Optional<String> refusal(String host) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            Optional<String> kind = privateKind(address);
            if (kind.isPresent()) {
                return Optional.of(host + " resolves to " + kind.get() + " address " + address.getHostAddress()
                        + " (use --allow-private to crawl it)");
            }
        }
        return Optional.empty();
    }

    /** The kind of non-public address {@code a} is ("loopback", "private", ...), or empty for a public one. */
    public static Optional<String> privateKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("unspecified");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("shared (carrier-grade NAT)");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("benchmarking");
            }
            if (first >= 240) {
                return Optional.of("reserved");
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("unique-local");
            }
            if (isIpv4Mapped(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return privateKind(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return Optional.of("malformed");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
