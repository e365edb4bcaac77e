package id.netralitas.common.web;

import id.netralitas.common.text.Text;
import id.netralitas.common.error.ApiException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Converts enum, integer and date query, path and header parameters strictly (enums case-sensitive, like
 * the JSON bodies), answering a value that does not convert with a 400 problem naming the parameter
 * (and, for enums, the allowed values), instead of the 404 that JAX-RS prescribes for an
 * unconvertible query parameter.
 */
@Provider
public class StrictParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new ParsingConverter<>(name, "integer", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new ParsingConverter<>(name, "integer", Long::valueOf);
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new ParsingConverter<>(name, "date (YYYY-MM-DD)", java.time.LocalDate::parse);
        }
        if (rawType == java.time.Instant.class) {
            return (ParamConverter<T>) new ParsingConverter<>(name, "date-time with offset (2026-01-31T08:00:00Z)",
                    value -> java.time.OffsetDateTime.parse(value).toInstant());
        }
        if (!rawType.isEnum()) {
            return null;
        }
        Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
        String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                for (Enum constant : enumType.getEnumConstants()) {
                    if (constant.name().equals(value)) {
                        return (T) constant;
                    }
                }
                throw ApiException.invalidField(name, "INVALID_ENUM_VALUE", Text.abbreviate(value), allowed);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum) value).name();
            }
        };
    }

    /** A value parsed from the trimmed text; text the parser refuses is 400 naming the {@code expected} form. */
    private record ParsingConverter<V>(String name, String expected, java.util.function.Function<String, V> parser)
            implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value.trim());
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw ApiException.invalidField(name, "INVALID_TYPE", expected);
            }
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value.toString();
        }
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
