package id.netralitas.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Refuses, before any other filter, every request whose path is not written in its one canonical
 * form. Routing matches the normalised path ({@code /%61pi/v1/x}, {@code /x/../api/v1/x},
 * {@code //api/v1/x} and {@code /api;p=1/v1/x} all reach {@code /api/v1/x}), while the filters that
 * protect the API (rate limit, body limits, caching headers) read the path as sent; refusing the
 * other spellings here means every filter sees the path the endpoint is chosen by.
 *
 * <p>Refused with 400 {@code NON_CANONICAL_PATH}: empty segments ({@code //}), dot segments,
 * backslashes, matrix parameters ({@code ;}), malformed percent-encodings, and percent-encodings
 * of characters that never need one (letters, digits, {@code - . _ ~}) or must never be one
 * ({@code / \ % ;} and control characters); anything else Vert.x would normalise. A path under
 * {@code /api/} written in another case ({@code /API/v1/x}) is 404 {@code RESOURCE_NOT_FOUND}.
 */
@ApplicationScoped
public class CanonicalPathFilter {

    @Inject
    EdgeProblems problems;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 95);
    }

    void filter(RoutingContext ctx) {
        String raw = ctx.request().path();
        if (!isCanonical(raw) || !upperCaseEscapes(raw).equals(ctx.normalizedPath())) {
            problems.send(ctx, 400, "NON_CANONICAL_PATH", true, Map.of());
            return;
        }
        if (raw.length() >= 4 && raw.regionMatches(true, 0, "/api", 0, 4) && !raw.startsWith("/api")
                && (raw.length() == 4 || raw.charAt(4) == '/')) {
            problems.send(ctx, 404, "RESOURCE_NOT_FOUND", true, Map.of());
            return;
        }
        ctx.next();
    }

    /** Whether a raw request path is written the one way routing would read it. */
    static boolean isCanonical(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            return false;
        }
        if (raw.contains("//") || raw.indexOf('\\') >= 0 || raw.indexOf(';') >= 0) {
            return false;
        }
        for (String segment : raw.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length()) {
                return false;
            }
            int high = Character.digit(raw.charAt(i + 1), 16);
            int low = Character.digit(raw.charAt(i + 2), 16);
            if (high < 0 || low < 0 || needlesslyOrWronglyEncoded((char) (high * 16 + low))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needlesslyOrWronglyEncoded(char c) {
        boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
        return unreserved || c == '/' || c == '\\' || c == '%' || c == ';' || c < 0x20 || c == 0x7f;
    }

    /** {@code %2f} as {@code %2F}: Vert.x writes the escapes it keeps in upper case. */
    static String upperCaseEscapes(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length - 2; i++) {
            if (chars[i] == '%') {
                chars[i + 1] = Character.toUpperCase(chars[i + 1]);
                chars[i + 2] = Character.toUpperCase(chars[i + 2]);
            }
        }
        return new String(chars);
    }
}
