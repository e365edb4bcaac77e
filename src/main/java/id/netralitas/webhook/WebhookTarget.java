package id.netralitas.webhook;

import java.net.InetAddress;
import java.util.List;

/**
 * A checked webhook target: only {@link WebhookTargets#check} makes one. The request goes to
 * {@link #address()}, one of the addresses the check resolved and accepted, with the URL's host in
 * the {@code Host} header and, for https, as the TLS server name that the certificate must match.
 *
 * @param https      whether to use TLS
 * @param host       the URL's host (an IPv6 literal in brackets)
 * @param port       the URL's port or the scheme's default
 * @param requestUri the raw path and query
 * @param addresses  every address the host resolved to, all accepted
 */
record WebhookTarget(boolean https, String host, int port, String requestUri, List<InetAddress> addresses) {

    /** The address connected to: the first the resolver answered. */
    InetAddress address() {
        return addresses.get(0);
    }
}
