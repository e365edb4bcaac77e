package id.netralitas.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.error.Problem;
import id.netralitas.common.error.Problems;
import id.netralitas.common.i18n.Messages;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problem documents answered by the HTTP filters, before a request reaches the REST layer (which
 * answers through {@code ProblemMappers}): same codes, same localisation, same media type.
 */
@ApplicationScoped
public class EdgeProblems {

    /** The longest request path a problem repeats in {@code instance} (the document's limit). */
    static final int MAX_INSTANCE = 2000;

    @Inject
    ObjectMapper json;

    /**
     * Ends the exchange with a problem. With {@code close}, the connection is closed after the answer:
     * for refusals sent before the request body was read, so that the rest of it is never read.
     */
    public void send(RoutingContext ctx, int status, String code, boolean close, Map<String, String> headers,
                     Object... args) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Locale locale = Messages.negotiate(acceptLanguages(ctx.request().getHeader("Accept-Language")));
        String path = ctx.request().path();
        if (path != null && path.length() > MAX_INSTANCE) {
            path = path.substring(0, MAX_INSTANCE - 1) + "…";
        }
        Problem problem = Problems.problem(status, code, locale, path, args);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        if (close) {
            response.putHeader("Connection", "close");
        }
        response.end(body);
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
