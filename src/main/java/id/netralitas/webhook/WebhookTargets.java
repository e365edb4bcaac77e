package id.netralitas.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target: http or https, a host, no user info, no fragment, and a host
 * whose addresses are all public ({@link WebhookAddressRanges}); loopback only when
 * {@code netralitas.webhooks.allow-private-targets} is set (tests and local development). Checked
 * when a subscription is registered or renewed and again at every attempt: the host is resolved
 * once through {@link WebhookResolver}, every address is checked, and the answer carries the
 * checked addresses that the attempt then connects to, so a second lookup cannot change the target.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookResolver resolver;

    /**
     * A URL that may not be used. {@link #reason()} is for the subscriber: it never says what a host
     * resolved to, nor whether it resolved at all (that would map the network the service sees);
     * {@link #getMessage()} has the details for the server log.
     */
    public static final class Refused extends Exception {

        private final String reason;

        Refused(String reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        Refused(String reason) {
            this(reason, reason);
        }

        public String reason() {
            return reason;
        }
    }

    private static Refused notPublic(String host, String detail) {
        return new Refused("the host " + host + " does not resolve, or not only to public addresses", detail);
    }

    /** Why this URL may not be used, or empty when it may (resolving its host once). */
    public Optional<String> refusal(String url) {
        try {
            check(url);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.reason());
        }
    }

    /** Parses the URL, resolves its host once and checks every address. */
    WebhookTarget check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https URLs are accepted");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("credentials in the URL are not accepted; authenticate by the signature");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("a fragment is not sent to a server");
        }
        List<InetAddress> addresses;
        try {
            addresses = List.copyOf(resolver.resolve(host));
        } catch (UnknownHostException e) {
            throw notPublic(host, "the host " + host + " does not resolve: " + e.getMessage());
        }
        if (addresses.isEmpty()) {
            throw notPublic(host, "the host " + host + " resolves to no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = WebhookAddressRanges.refusal(address, config.allowPrivateTargets());
            if (refusal.isPresent()) {
                throw notPublic(host, "the host " + host + " resolves to " + addresses + ", among them "
                        + refusal.get());
            }
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new WebhookTarget(https, host, port, requestUri, addresses);
    }
}
