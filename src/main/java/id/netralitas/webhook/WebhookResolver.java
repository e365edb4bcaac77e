package id.netralitas.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook target's host into addresses. Each attempt resolves the host once through this
 * seam; every address is checked and the request goes to a checked address, so a name that resolves
 * elsewhere a moment later (DNS rebinding) cannot lead the request past the check.
 */
public interface WebhookResolver {

    /**
     * The addresses of a host as written in a URL: a name, an IPv4 literal, or an IPv6 literal in
     * brackets. Never empty.
     *
     * @throws UnknownHostException when the host does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
