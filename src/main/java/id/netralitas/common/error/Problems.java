package id.netralitas.common.error;

import id.netralitas.common.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** Builds localised RFC 9457 problems and their responses, for the mappers and the HTTP filters alike. */
public final class Problems {

    /** The document caps {@code detail} and {@code instance} at 2,000 characters. */
    private static final int MAX_TEXT = 2000;

    private Problems() {
    }

    /** A localised problem for {@code code}; also used by HTTP filters that answer before the REST layer. */
    public static Problem problem(int status, String code, Locale locale, String instancePath, Object... args) {
        Problem problem = new Problem();
        problem.type = Problem.typeFor(code);
        problem.status = status;
        problem.code = code;
        problem.title = Messages.find(locale, code + ".title", args).orElseGet(() -> reasonPhrase(status));
        problem.detail = Problem.clip(Messages.find(locale, code + ".detail", args).orElse(null), MAX_TEXT);
        problem.instance = Problem.clip(instancePath, MAX_TEXT);
        return problem;
    }

    static Problem problem(int status, String code, Locale locale, UriInfo uri, Object... args) {
        return problem(status, code, locale, uri == null ? null : uri.getRequestUri().getRawPath(), args);
    }

    static Response.ResponseBuilder build(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** A problem with no arguments, in the request's language. */
    static Response simple(int status, String code, HttpHeaders headers, UriInfo uri) {
        return build(problem(status, code, locale(headers), uri)).build();
    }

    static Problem.Error localize(FieldViolation v, Locale locale) {
        return new Problem.Error(v.field(), v.code(), v.localizedMessage(locale));
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers.getAcceptableLanguages());
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
