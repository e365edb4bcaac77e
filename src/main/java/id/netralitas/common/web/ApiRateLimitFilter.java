package id.netralitas.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.error.Problem;
import id.netralitas.common.error.ProblemMappers;
import id.netralitas.common.i18n.Messages;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The general rate limit of the API: every request under {@code /api/} counts against its client
 * address. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (IETF draft headers); a client over the limit gets a 429 problem with
 * {@code Retry-After}. Behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding}
 * so that the client address is the forwarded one.
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
    ObjectMapper json;

    @ConfigProperty(name = "netralitas.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "netralitas.rate-limit.requests", defaultValue = "600")
    int requests;

    @ConfigProperty(name = "netralitas.rate-limit.window", defaultValue = "60S")
    Duration window;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 90);
    }

    void filter(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!enabled || !request.path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        RateLimiter.Decision decision = limiter.acquire(POLICY, clientKey(request), requests, window);
        ctx.response()
                .putHeader(LIMIT, Integer.toString(decision.limit()))
                .putHeader(REMAINING, Integer.toString(decision.remaining()))
                .putHeader(RESET, Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        Locale locale = Messages.negotiate(acceptLanguages(request.getHeader("Accept-Language")));
        Problem problem = ProblemMappers.problem(429, "RATE_LIMITED", locale, request.path(), decision.resetSeconds());
        try {
            ctx.response().setStatusCode(429)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", Long.toString(decision.resetSeconds()))
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    public static String clientKey(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    static List<Locale> acceptLanguages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
