package id.netralitas.report;

import id.netralitas.common.security.ReadableCodes;
import id.netralitas.common.web.ClientKeys;
import id.netralitas.common.web.EdgeProblems;
import id.netralitas.common.web.RateLimiter;
import id.netralitas.common.web.ReceiptLimitConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the receipt of an evidence upload ({@code POST /api/v1/receipts/{receipt}/evidence}) before
 * a byte of the body is read: a receipt that cannot be one, or that no case has, is answered 404
 * {@code RECEIPT_NOT_FOUND} at once (and the connection closed), counting as a failed look-up for
 * the client exactly as the receipt endpoints count it; a client locked out for too many unknown
 * receipts is answered 429. Anyone may post here without an account, so nothing is spooled for a
 * case that does not exist.
 */
@ApplicationScoped
public class ReceiptUploadGate {

    static final Pattern PATH = Pattern.compile("^/api/v1/receipts/([^/]+)/evidence$");

    @Inject
    RateLimiter limiter;

    @Inject
    EdgeProblems problems;

    @Inject
    ReportRepository reports;

    @Inject
    ReceiptLimitConfig limit;

    /** After the rate limit (90), before the body limits (80) and the evidence route that reads the body. */
    void register(@Observes Filters filters) {
        filters.register(this::filter, 85);
    }

    void filter(RoutingContext ctx) {
        Matcher path = ctx.request().method() == HttpMethod.POST ? PATH.matcher(ctx.request().path()) : null;
        if (path == null || !path.matches()) {
            ctx.next();
            return;
        }
        String client = ClientKeys.of(ctx.request());
        RateLimiter.Decision standing = limiter.peek(ReportClientLimits.RECEIPT_FAILURE, client, limit.failureLimit(),
                limit.failureWindow());
        if (!standing.allowed()) {
            tooMany(ctx, standing);
            return;
        }
        Optional<String> hash = ReadableCodes.normalize(decode(path.group(1))).map(ReadableCodes::hash);
        if (hash.isEmpty()) {
            unknown(ctx, client);
            return;
        }
        ctx.request().pause();
        ctx.vertx().executeBlocking(() -> QuarkusTransaction.requiringNew().call(() -> reports
                        .findByReceiptHash(hash.get())
                        .filter(report -> ReadableCodes.sameHash(report.receiptSha256, hash.get()))
                        .isPresent()), false)
                .onComplete(found -> {
                    if (found.succeeded() && !found.result()) {
                        unknown(ctx, client);
                    } else {
                        // Found, or the look-up failed (database down): the resource answers as usual.
                        ctx.next();
                    }
                });
    }

    private void unknown(RoutingContext ctx, String client) {
        RateLimiter.Decision counted = limiter.acquire(ReportClientLimits.RECEIPT_FAILURE, client, limit.failureLimit(),
                limit.failureWindow());
        if (!counted.allowed()) {
            tooMany(ctx, counted);
            return;
        }
        problems.send(ctx, 404, "RECEIPT_NOT_FOUND", true, Map.of());
    }

    private void tooMany(RoutingContext ctx, RateLimiter.Decision decision) {
        problems.send(ctx, 429, "RATE_LIMITED", true, Map.of("Retry-After", Long.toString(decision.resetSeconds())),
                decision.resetSeconds());
    }

    /** The path segment as typed: {@code %20} is a space; a malformed escape is no receipt. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
