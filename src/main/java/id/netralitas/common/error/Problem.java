package id.netralitas.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problem details, with the API's stable {@code code} and field-level {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "incidentId"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:netralitas:problem:";

    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    public String code;
    public List<Error> errors;
    public String incidentId;

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One field error: where, what (stable code) and a localised message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(
            String field,
            String code,
            String message) {

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
