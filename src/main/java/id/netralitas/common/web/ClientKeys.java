package id.netralitas.common.web;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Locale;

/**
 * The key under which per-client limits (the general API limit, public intake, receipt look-ups)
 * count a request: an IPv4 client by its address, an IPv6 client by its /64 prefix (one subscriber
 * line usually gets a whole /64, so counting single IPv6 addresses would give each client billions
 * of keys), an IPv4-mapped IPv6 address ({@code ::ffff:203.0.113.7}) as the IPv4 address it is.
 *
 * <p>The address is the peer's, or the one forwarded by a trusted proxy when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on (Quarkus replaces the remote address
 * only for requests from {@code quarkus.http.proxy.trusted-proxies}). Addresses are parsed as
 * literals only, never resolved.
 */
public final class ClientKeys {

    static final int MAX_OTHER_LENGTH = 100;

    private ClientKeys() {
    }

    /** The key of the client that sent {@code request}. */
    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        // A forwarded "[2001:db8::1]:443" arrives as the host "[2001:db8::1]" without a parsed address.
        return of(remote.hostAddress() != null ? remote.hostAddress() : remote.host());
    }

    /**
     * The key of a client address: {@code 203.0.113.7}, {@code 2001:db8:1:2::/64}, or, for anything
     * that is not an IP literal (a Unix socket path, a garbled forwarded value), {@code other:} and
     * the text itself, cut to {@value #MAX_OTHER_LENGTH} characters.
     */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0 && literal.indexOf(':') >= 0) {
            literal = literal.substring(0, zone);
        }
        byte[] bytes = NetUtil.isValidIpV4Address(literal) || NetUtil.isValidIpV6Address(literal)
                ? NetUtil.createByteArrayFromIpAddressString(literal) : null;
        if (bytes == null) {
            String other = literal.toLowerCase(Locale.ROOT);
            return "other:" + (other.length() > MAX_OTHER_LENGTH ? other.substring(0, MAX_OTHER_LENGTH) : other);
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder(24);
        for (int group = 0; group < 4; group++) {
            int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
            prefix.append(Integer.toHexString(value)).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
