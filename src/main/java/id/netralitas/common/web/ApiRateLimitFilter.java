package id.netralitas.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The general rate limit of the API: every request under {@code /api/} counts against its client
 * address. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (IETF draft headers); a client over the limit gets a 429 problem with
 * {@code Retry-After}. Clients are counted by {@link ClientKeys} (an IPv6 client by its /64). Behind a
 * proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding} and name the proxy in
 * {@code quarkus.http.proxy.trusted-proxies}, so that the client address is the forwarded one.
 */
@ApplicationScoped
public class ApiRateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    static final String POLICY = "api";

    @Inject
    RateLimiter limiter;

    @Inject
    EdgeProblems problems;

    @Inject
    ApiRateLimitConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 90);
    }

    void filter(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!config.enabled() || !request.path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        RateLimiter.Decision decision = limiter.acquire(POLICY, ClientKeys.of(request), config.requests(), config.window());
        ctx.response()
                .putHeader(LIMIT, Integer.toString(decision.limit()))
                .putHeader(REMAINING, Integer.toString(decision.remaining()))
                .putHeader(RESET, Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        problems.send(ctx, 429, "RATE_LIMITED", false,
                Map.of("Retry-After", Long.toString(decision.resetSeconds())), decision.resetSeconds());
    }
}
