package id.netralitas.common.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when forwarded headers are honoured from every peer: Quarkus believes
 * {@code X-Forwarded-For} from anyone when {@code quarkus.http.proxy.proxy-address-forwarding} is on
 * and {@code quarkus.http.proxy.trusted-proxies} is empty, and then any client could choose the
 * address its rate limits are counted under.
 */
@ApplicationScoped
public class ForwardedHeadersGuard {

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                 boolean forwarding,
                 @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        check(forwarding, trusted.orElse(List.of()));
    }

    static void check(boolean forwarding, List<String> trusted) {
        if (forwarding && trusted.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("Refusing to start: proxy address forwarding is on but no trusted proxy is "
                    + "configured, so any client could set X-Forwarded-For. Set TRUSTED_PROXIES to the ingress "
                    + "controller's addresses (IPs or CIDRs, comma-separated).");
        }
    }
}
