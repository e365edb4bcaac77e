package id.netralitas.common.web;

import id.netralitas.common.error.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Stricter limits on particular public actions (report submission, receipt look-ups), counted per
 * client ({@link ClientKeys}: the IPv4 address, or the /64 of an IPv6 address) on top of the general
 * API limit: over the limit is 429 {@code RATE_LIMITED} with {@code Retry-After}. Declared on
 * resource methods with {@link RateLimited}.
 */
@RequestScoped
public class ClientLimits {

    @Inject
    RateLimiter limiter;

    @Inject
    HttpServerRequest request;

    /** Counts one action of this client under {@code policy}; refuses it above the limit. */
    public void acquire(ClientLimit policy) {
        RateLimiter.Decision decision = limiter.acquire(policy.policy(), client(), policy.limit(), policy.window());
        if (!decision.allowed()) {
            throw tooMany(decision);
        }
    }

    /** Refuses at once when this client has used up {@code policy}, without counting. */
    public void requireBelow(ClientLimit policy) {
        RateLimiter.Decision decision = limiter.peek(policy.policy(), client(), policy.limit(), policy.window());
        if (!decision.allowed()) {
            throw tooMany(decision);
        }
    }

    private String client() {
        return ClientKeys.of(request);
    }

    private static ApiException tooMany(RateLimiter.Decision decision) {
        return new ApiException(429, "RATE_LIMITED", decision.resetSeconds())
                .header("Retry-After", Long.toString(decision.resetSeconds()));
    }
}
