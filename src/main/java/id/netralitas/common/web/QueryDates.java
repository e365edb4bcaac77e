package id.netralitas.common.web;

import id.netralitas.common.text.Text;
import id.netralitas.common.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses {@code YYYY-MM-DD} dates given as query or path parameters. A value that is not a real
 * calendar date (or lies outside 1900–2199) is a 400 problem naming the parameter, never the 404
 * that JAX-RS would answer for a parameter it cannot convert.
 */
public final class QueryDates {

    /** The documented shape of a date parameter. */
    public static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private QueryDates() {
    }

    /** The date, or {@code null} when the parameter is absent or blank. */
    public static LocalDate parse(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (SHAPE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw ApiException.invalidField(parameter, "DATE_INVALID", Text.abbreviate(text));
    }

    /** A date that must be there (a path parameter, a required query parameter): blank is invalid, not absent. */
    public static LocalDate required(String raw, String parameter) {
        LocalDate date = parse(raw, parameter);
        if (date == null) {
            throw ApiException.invalidField(parameter, "DATE_INVALID", raw == null ? "" : raw);
        }
        return date;
    }

    /** The date, or {@code fallback} when the parameter is absent. */
    public static LocalDate parseOr(String raw, String parameter, LocalDate fallback) {
        LocalDate date = parse(raw, parameter);
        return date == null ? fallback : date;
    }
}
