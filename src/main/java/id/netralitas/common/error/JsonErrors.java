package id.netralitas.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Field errors for JSON that parses but does not fit the expected shape. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * The field at fault and why: an unknown field, a value not among an enum's, or a value of the
     * wrong type. Empty when the input is not valid JSON at all.
     */
    public static Optional<FieldViolation> violation(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Optional.of(FieldViolation.of(path(unknown), "UNKNOWN_FIELD"));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String value = String.valueOf(invalid.getValue());
            return Optional.of(FieldViolation.of(path(invalid), "INVALID_ENUM_VALUE",
                    value.length() > 100 ? value.substring(0, 100) + "…" : value, allowed));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "?" : describe(mismatch.getTargetType());
            return Optional.of(FieldViolation.of(path(mismatch), "INVALID_TYPE", expected));
        }
        return Optional.empty();
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "date-time (ISO-8601 with offset)";
        }
        return "object";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
