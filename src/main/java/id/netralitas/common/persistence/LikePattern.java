package id.netralitas.common.persistence;

import java.util.Locale;

/**
 * Builds LIKE patterns from user text, escaping {@code %}, {@code _} and the escape character
 * itself, so a search for "100%" matches those characters literally. Queries must declare
 * {@code escape '!'} and compare against a lower-cased column.
 */
public final class LikePattern {

    public static final String ESCAPE_CLAUSE = " escape '!'";

    private LikePattern() {
    }

    public static String contains(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    public static String prefix(String text) {
        return escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
