package id.netralitas.common.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, answered as an RFC 9457 problem. The {@code code} is stable and
 * selects the localised title and detail ({@code <code>.title}, {@code <code>.detail} in the
 * message bundle, formatted with {@code args}). Services throw it; {@link ProblemMappers} renders it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> violations = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(400, code, args);
    }

    public static ApiException forbidden(String code, Object... args) {
        return new ApiException(403, code, args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(404, code, args);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, args);
    }

    public static ApiException unprocessable(String code, Object... args) {
        return new ApiException(422, code, args);
    }

    /** A request that fails validation of one field: 400 {@code VALIDATION_FAILED} with the field error. */
    public static ApiException invalidField(String field, String violationCode, Object... args) {
        return badRequest("VALIDATION_FAILED").violation(FieldViolation.of(field, violationCode, args));
    }

    public ApiException violation(FieldViolation violation) {
        violations.add(violation);
        return this;
    }

    /** Names this problem's field violations under {@code prefix} (an element of a list in the request: "steps[1]."). */
    public ApiException under(String prefix) {
        violations.replaceAll(v -> new FieldViolation(prefix + v.field(), v.code(), v.messageKey(), v.args(), v.message()));
        return this;
    }

    public ApiException violations(List<FieldViolation> more) {
        violations.addAll(more);
        return this;
    }

    /** An extra member of the problem document, such as {@code allowedValues} or {@code existingId}. */
    public ApiException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ApiException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return Collections.unmodifiableList(violations);
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
