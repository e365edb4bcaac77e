package id.netralitas.report;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same for what is indexed and what is searched: lower case,
 * words split at anything that is not a letter or a digit (words of one character are left out),
 * numbers kept whole, each at most {@value #MAX_LENGTH} characters (a longer one is indexed and
 * searched by its first {@value #MAX_LENGTH}, so a prefix still finds it).
 */
public final class SearchTerms {

    static final int MAX_LENGTH = 100;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    /** The distinct words of a text, in order of first appearance. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT))).filter(w -> w.length() > 1)
                .map(SearchTerms::cut).distinct().toList();
    }

    /**
     * Whether a searched text is a number an officer holds rather than words: no spaces and at least one
     * digit ({@code NET-2026-000123}, {@code 017/Reg/LP}, {@code 2024}). Such a text is matched against
     * the numbers only: its pieces ({@code net}, {@code 2026}) would match words of nearly every
     * description and say nothing.
     */
    public static boolean looksLikeNumber(String text) {
        String trimmed = text.trim();
        return trimmed.chars().noneMatch(Character::isWhitespace) && trimmed.chars().anyMatch(Character::isDigit);
    }

    /** A number (or any whole value) as one term; null for none. */
    public static String whole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return cut(value.trim().toLowerCase(Locale.ROOT));
    }

    /** The terms of a case: its numbers whole, and the words of its description and reported persons' names. */
    public static Set<String> of(List<String> numbers, List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        numbers.stream().map(SearchTerms::whole).filter(t -> t != null).forEach(terms::add);
        texts.forEach(text -> terms.addAll(words(text)));
        return terms;
    }

    private static String cut(String term) {
        return term.length() <= MAX_LENGTH ? term : term.substring(0, MAX_LENGTH);
    }
}
