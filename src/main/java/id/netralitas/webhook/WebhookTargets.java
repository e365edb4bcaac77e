package id.netralitas.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target: http or https, a host, no user info, and (unless configured for
 * tests) no address on the loopback, link-local (cloud metadata), wildcard or multicast ranges.
 * Checked when a subscription is registered and again before every attempt, because a name may
 * resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhookConfig config;

    /** Why this URL may not be used, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are accepted");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials in the URL are not accepted; authenticate by the signature");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("a fragment is not sent to a server");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + uri.getHost() + " does not resolve");
        }
        if (!config.allowPrivateTargets()) {
            for (InetAddress address : addresses) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return Optional.of("the host " + uri.getHost() + " resolves to a loopback, link-local, wildcard or "
                            + "multicast address (" + address.getHostAddress() + ")");
                }
            }
        }
        return Optional.empty();
    }
}
