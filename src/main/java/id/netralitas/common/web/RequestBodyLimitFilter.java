package id.netralitas.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps ordinary request bodies small while letting the streamed uploads (bulk imports) be large.
 * The server-wide limit ({@code quarkus.http.limits.max-body-size}) is the upload limit; every
 * other path is held to {@code netralitas.http.max-body-size}: a larger {@code Content-Length} is
 * 413, and a POST, PUT or PATCH without {@code Content-Length} (a chunked or unsized body) is 411,
 * because it could not be bounded before being read.
 */
@ApplicationScoped
public class RequestBodyLimitFilter {

    @Inject
    EdgeProblems problems;

    @ConfigProperty(name = "netralitas.http.max-body-size", defaultValue = "16M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "netralitas.http.upload-paths", defaultValue = "/api/v1/employee-imports")
    List<String> uploadPaths;

    /** Evidence uploads (multipart) may carry a file up to the evidence limit, plus the form around it. */
    static final java.util.regex.Pattern EVIDENCE_PATH =
            java.util.regex.Pattern.compile("^/api/v1/(reports|receipts)/[^/]+/evidence$");
    static final long FORM_OVERHEAD = 1024 * 1024;

    @ConfigProperty(name = "netralitas.evidence.max-bytes", defaultValue = "20M")
    MemorySize evidenceMaxBytes;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 80);
    }

    void filter(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!hasBody(request.method()) || !request.path().startsWith("/api/") || isUpload(request.path())) {
            ctx.next();
            return;
        }
        String length = request.getHeader("Content-Length");
        boolean evidence = EVIDENCE_PATH.matcher(request.path()).matches();
        if (length == null) {
            if (evidence) {
                // Multipart uploads are often streamed without a length: the file is spooled to disk
                // (bounded by the server-wide limit) and its size checked before anything is stored.
                ctx.next();
                return;
            }
            // Chunked (HTTP/1.1) or unsized (HTTP/2): the body could not be bounded before reading it.
            reject(ctx, 411, "LENGTH_REQUIRED");
            return;
        } else {
            try {
                long limit = evidence ? evidenceMaxBytes.asLongValue() + FORM_OVERHEAD : maxBodySize.asLongValue();
                if (Long.parseLong(length.trim()) > limit) {
                    reject(ctx, 413, "PAYLOAD_TOO_LARGE");
                    return;
                }
            } catch (NumberFormatException e) {
                reject(ctx, 400, "BAD_REQUEST");
                return;
            }
        }
        ctx.next();
    }

    private boolean isUpload(String path) {
        for (String prefix : uploadPaths) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    private void reject(RoutingContext ctx, int status, String code) {
        problems.send(ctx, status, code, true, Map.of());
    }
}
