package id.netralitas.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the API's stable {@code code} and field-level {@code errors}. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `code` is stable and meant for programs; "
        + "`title` and `detail` follow Accept-Language (id or en). Further members depend on the code, "
        + "for example `allowedValues`, `allowedActions` or `existingId`.",
        additionalProperties = Schema.True.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "incidentId"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:netralitas:problem:";

    @Schema(description = "URI identifying the problem type", maxLength = 200,
            example = "urn:netralitas:problem:validation-failed")
    public String type;
    @Schema(description = "Short, human-readable summary of the problem type", maxLength = 500,
            example = "The request is not valid")
    public String title;
    @Schema(description = "HTTP status code", format = "int32", minimum = "100", maximum = "599", example = "400")
    public int status;
    @Schema(description = "Explanation specific to this occurrence", maxLength = 2000,
            example = "One or more fields are not valid; see errors.")
    public String detail;
    @Schema(description = "The request path", maxLength = 2000, example = "/api/v1/regions")
    public String instance;
    @Schema(description = "Stable machine-readable error code", maxLength = 100, pattern = "^[A-Z0-9_]+$",
            example = "VALIDATION_FAILED")
    public String code;
    @Schema(description = "Field-level errors, present for validation failures", maxItems = 1000)
    public List<Error> errors;
    @Schema(description = "Identifier of a server-side incident, logged with the failure (5xx only)",
            maxLength = 36, format = "uuid")
    public String incidentId;

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One field error: where, what (stable code) and a localised message. */
    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(
            @Schema(description = "Field path in the request body, or the query/path/header parameter name",
                    maxLength = 500, example = "size") String field,
            @Schema(description = "Stable machine-readable code of the violation", maxLength = 100,
                    pattern = "^[A-Z0-9_]+$", example = "MAX") String code,
            @Schema(description = "Localised message", maxLength = 2000,
                    example = "must be less than or equal to 100") String message) {

        /** Field names and messages can quote the request (an unknown key, a rejected value): cut to the documented size. */
        public Error {
            field = clip(field, 500);
            message = clip(message, 2000);
        }
    }

    /** The text, cut to {@code max} characters (ending in an ellipsis) when longer. */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String typeFor(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
