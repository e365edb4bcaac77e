package id.netralitas.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.netralitas.common.csv.CsvFormatException;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.web.AllowedMethods;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static id.netralitas.common.error.Problems.build;
import static id.netralitas.common.error.Problems.locale;
import static id.netralitas.common.error.Problems.localize;
import static id.netralitas.common.error.Problems.problem;
import static id.netralitas.common.error.Problems.simple;

/**
 * Turns every failure into an RFC 9457 problem. Mapped here, once: the API's own
 * {@link ApiException}, bean validation, unreadable JSON, unknown paths and methods, wrong media
 * types, authentication and authorisation failures, lost optimistic locks, an unreachable database,
 * and anything unexpected (500 with an incident id, logged with its stack trace, never sent).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static final String RETRY_AFTER_SECONDS = "5";
    /** How much of the JSON parser's message a problem repeats (the document caps {@code detail} at 2,000). */
    static final int MAX_PARSER_MESSAGE = 500;
    /** Ahead of the built-in mappers of Quarkus REST, Jackson and Hibernate Validator (all at USER). */
    static final int PRIORITY = Priorities.USER - 1000;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Problem problem = problem(e.status(), e.code(), locale, uri, e.args());
        if (!e.violations().isEmpty()) {
            problem.errors = e.violations().stream().map(v -> localize(v, locale)).toList();
        }
        problem.extensions().putAll(e.extensions());
        Response.ResponseBuilder response = build(problem);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper(value = {ConstraintViolationException.class, ResteasyReactiveViolationException.class},
            priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        Locale locale = locale(headers);
        Problem problem = problem(400, "VALIDATION_FAILED", locale, uri);
        problem.errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.Error(ViolationNames.fieldPath(v.getPropertyPath()), ViolationNames.violationCode(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Error::field).thenComparing(Problem.Error::code))
                .toList();
        return build(problem).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        ApiException parameterProblem = Causes.find(e, ApiException.class);
        if (parameterProblem != null) {
            return apiException(parameterProblem, headers, uri);
        }
        return simple(404, "RESOURCE_NOT_FOUND", headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Set<String> methods = allowedMethods.forPath(uri.getRequestUri().getRawPath());
        String allowed = String.join(", ", methods);
        Problem problem = problem(405, "METHOD_NOT_ALLOWED", locale, uri, allowed);
        problem.extensions().put("allowedMethods", methods);
        return build(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response notSupported(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        // The raw header: a Content-Type that cannot be parsed is exactly what lands here.
        String raw = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String given = raw == null || raw.isBlank() ? "-" : raw.length() > 100 ? raw.substring(0, 100) + "…" : raw;
        return build(problem(415, "UNSUPPORTED_MEDIA_TYPE", locale, uri, given)).build();
    }

    /**
     * The multipart reader reports a body that ends before its closing boundary as an I/O error; that
     * is the client's malformed upload, not an incident. Any other I/O failure stays unexpected.
     */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadableBody(IOException e, HttpHeaders headers, UriInfo uri) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return simple(400, "MALFORMED_MULTIPART", headers, uri);
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return simple(406, "NOT_ACCEPTABLE", headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        ApiException parameterProblem = Causes.find(e, ApiException.class);
        if (parameterProblem != null) {
            return apiException(parameterProblem, headers, uri);
        }
        JsonProcessingException jsonCause = Causes.find(e, JsonProcessingException.class);
        if (jsonCause != null) {
            return json(jsonCause, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "AUTHENTICATION_REQUIRED";
            case 403 -> "FORBIDDEN";
            case 404 -> "RESOURCE_NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        return simple(status, code, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response jsonParse(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response csvFormat(CsvFormatException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return build(problem(400, "MALFORMED_CSV", locale, uri, e.line(), e.getMessage())).build();
    }

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = PRIORITY)
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        String code = tokenSent ? "INVALID_TOKEN" : "AUTHENTICATION_REQUIRED";
        Locale locale = locale(headers);
        String challenge = tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer";
        return build(problem(401, code, locale, uri)).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return simple(403, "FORBIDDEN", headers, uri);
    }

    @ServerExceptionMapper(value = {OptimisticLockException.class, StaleStateException.class}, priority = PRIORITY)
    public Response staleVersion(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return simple(412, "PRECONDITION_FAILED_CONCURRENT_UPDATE", headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        // Exceptions raised at commit time arrive wrapped; answer for the cause the client can act on.
        ApiException api = Causes.find(e, ApiException.class);
        if (api != null && api != e) {
            return apiException(api, headers, uri);
        }
        if (Causes.has(e, OptimisticLockException.class) || Causes.has(e, StaleStateException.class)) {
            return simple(412, "PRECONDITION_FAILED_CONCURRENT_UPDATE", headers, uri);
        }
        if (SqlFailures.isUniqueViolation(e)) {
            // A uniqueness rule checked first by the service, lost to a concurrent request.
            return simple(409, "CONFLICT", headers, uri);
        }
        if (Causes.has(e, JDBCConnectionException.class)
                || Causes.has(e, SQLTransientConnectionException.class)
                || Causes.has(e, ConnectException.class)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getRequestUri().getRawPath(), e.toString());
            return build(problem(503, "SERVICE_UNAVAILABLE", locale, uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (SqlFailures.rolledBack(e)) {
            // The database broke a deadlock with concurrent writers by rolling this transaction back.
            LOG.warnf("Transaction rolled back by the database while serving %s: %s", uri.getRequestUri().getRawPath(),
                    e.toString());
            return build(problem(503, "WRITE_CONFLICT_RETRY", locale, uri))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        String incidentId = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s while serving %s %s", incidentId, uri.getRequestUri().getRawPath(),
                e.getClass().getName());
        Problem problem = problem(500, "INTERNAL_ERROR", locale, uri, incidentId);
        problem.incidentId = incidentId;
        return build(problem).build();
    }

    private Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Optional<FieldViolation> violation = e instanceof StreamConstraintsException ? Optional.empty()
                : JsonErrors.violation(e);
        if (violation.isPresent()) {
            Problem problem = problem(400, "VALIDATION_FAILED", locale, uri);
            problem.errors = List.of(localize(violation.get(), locale));
            return build(problem).build();
        }
        // Only the parser's own message (position and what was wrong), never a Java type or stack.
        // Jackson quotes the offending input, which can be as long as the body: keep the problem short.
        String message = String.valueOf(e.getOriginalMessage());
        if (message.length() > MAX_PARSER_MESSAGE) {
            message = message.substring(0, MAX_PARSER_MESSAGE) + "…";
        }
        return build(problem(400, "MALFORMED_JSON", locale, uri, message)).build();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
