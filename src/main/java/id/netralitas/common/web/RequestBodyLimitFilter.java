package id.netralitas.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
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
 *
 * <p>Evidence uploads ({@code /reports/{id}/evidence}, {@code /receipts/{receipt}/evidence},
 * {@code /me/cases/{id}/evidence}) have
 * their own limit, {@code netralitas.evidence.max-bytes} plus {@link #FORM_OVERHEAD} for the form
 * around the file: a larger {@code Content-Length} is 413 at once, and a body streamed without one
 * (chunked) is read by a body handler of that limit, which answers 413 and stops spooling as soon as
 * the body grows past it; the rest of the body is never read.
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
            java.util.regex.Pattern.compile("^/api/v1/(reports|receipts|me/cases)/[^/]+/evidence$");
    static final long FORM_OVERHEAD = 1024 * 1024;
    /** After the filters (negative orders down to -100), before Quarkus' own upload check and the REST layer. */
    static final int EVIDENCE_ROUTE_ORDER = -50;
    /** Routing-context key: where the evidence body handler stands ({@link #READING}, {@link #REFUSED}). */
    private static final String EVIDENCE_BODY = "netralitas.evidence-body";
    private static final Object READING = "reading";
    private static final Object REFUSED = "refused";
    /** How long after the request ended the spooled files may take to be complete. */
    static final long UPLOAD_END_GRACE_MILLIS = 5_000;

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
                // Multipart uploads are often streamed without a length: the evidence route below
                // reads them with the evidence limit.
                ctx.next();
                return;
            }
            // Chunked (HTTP/1.1) or unsized (HTTP/2): the body could not be bounded before reading it.
            reject(ctx, 411, "LENGTH_REQUIRED");
            return;
        } else {
            try {
                long limit = evidence ? evidenceLimit() : maxBodySize.asLongValue();
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

    /**
     * The evidence route: reads the body (spooling files to the uploads directory) up to the evidence
     * limit, before the REST layer, which then takes the parsed form. Runs after the filters (the
     * rate limit, the check above, and the receipt check of {@code ReceiptUploadGate}).
     */
    void evidenceRoute(@Observes Router router,
                       @ConfigProperty(name = "quarkus.http.body.uploads-directory", defaultValue = "file-uploads")
                       String uploadsDirectory) {
        BodyHandler body = BodyHandler.create(uploadsDirectory)
                .setBodyLimit(evidenceLimit())
                .setHandleFileUploads(true)
                .setDeleteUploadedFilesOnEnd(true)
                .setMergeFormAttributes(false);
        router.routeWithRegex(HttpMethod.POST, EVIDENCE_PATH.pattern()).order(EVIDENCE_ROUTE_ORDER)
                .handler(ctx -> {
                    ctx.put(EVIDENCE_BODY, READING);
                    // A multipart body cut off inside a file part leaves the body handler waiting for that
                    // file forever: once the request has ended, give the spooled files a moment to be
                    // written, then answer rather than hold the connection.
                    ctx.request().end().onSuccess(ended -> ctx.vertx().setTimer(UPLOAD_END_GRACE_MILLIS, timer -> {
                        if (ctx.get(EVIDENCE_BODY) == READING) {
                            // Closing the connection fails the unfinished file, and the body handler deletes it.
                            ctx.put(EVIDENCE_BODY, REFUSED);
                            reject(ctx, 400, "MALFORMED_MULTIPART");
                        }
                    }));
                    body.handle(ctx);
                })
                .handler(this::evidenceRead)
                .failureHandler(this::evidenceFailed);
    }

    /**
     * The body is read. A multipart body in which no part could be read (cut off before its first
     * part ended) is refused here: the REST layer would wait for a body that was already consumed.
     */
    private void evidenceRead(RoutingContext ctx) {
        if (ctx.get(EVIDENCE_BODY) != READING) {
            return; // already answered
        }
        ctx.remove(EVIDENCE_BODY);
        String type = ctx.request().getHeader("Content-Type");
        boolean multipart = type != null && type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (multipart && ctx.fileUploads().isEmpty() && ctx.request().formAttributes().isEmpty()) {
            reject(ctx, 400, "MALFORMED_MULTIPART");
            return;
        }
        ctx.next();
    }

    /**
     * The body handler refused the body: too large (413) or not decodable (400). Failures that follow
     * the answer (the spooled file's stream cut off, the connection closed) are expected and dropped.
     */
    private void evidenceFailed(RoutingContext ctx) {
        Object state = ctx.get(EVIDENCE_BODY);
        if (state == null) {
            ctx.next();
            return;
        }
        if (state == REFUSED || ctx.response().headWritten()) {
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
            return;
        }
        if (ctx.statusCode() != 413 && ctx.statusCode() != 400) {
            ctx.remove(EVIDENCE_BODY);
            ctx.next();
            return;
        }
        ctx.put(EVIDENCE_BODY, REFUSED);
        // The body handler has already cancelled and deleted the spooled files. Forget them, or it would
        // cancel them again when the closed connection fails the upload (which Vert.x reports as an
        // uncaught "File handle is closed").
        ctx.fileUploads().clear();
        reject(ctx, ctx.statusCode(), ctx.statusCode() == 413 ? "PAYLOAD_TOO_LARGE" : "MALFORMED_MULTIPART");
    }

    long evidenceLimit() {
        return evidenceMaxBytes.asLongValue() + FORM_OVERHEAD;
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
