package id.netralitas.regulation;

import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a regulation as a whole or to one of its articles: regulation code plus pasal,
 * ayat, huruf and angka, as Indonesian legal texts cite them ("PP 94/2021 Pasal 5 huruf n angka 7",
 * "UU 5/2014 Pasal 87 ayat (4) huruf c"). Parts are canonical: pasal digits with an optional
 * capital letter for inserted articles ("6A"), ayat digits with an optional small letter, huruf one
 * or two small letters, angka digits. Absent parts are {@code null}; ayat, huruf and angka need a
 * pasal.
 *
 * <p>Two text forms exist: the citation for people ({@link #render(String)}) and a compact key for
 * paths and data files: {@code PP-94-2021/pasal-5-huruf-n-angka-7}, or {@code PP-94-2021} for the
 * whole regulation ({@link #key()}, {@link #parse(String)}).
 */
public record LegalReference(String regulationCode, String pasal, String ayat, String huruf, String angka) {

    public static final String REGULATION_CODE_PATTERN = "^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$";
    public static final String PASAL_PATTERN = "^[1-9][0-9]{0,3}[A-Z]?$";
    public static final String AYAT_PATTERN = "^[1-9][0-9]{0,2}[a-z]?$";
    public static final String HURUF_PATTERN = "^[a-z]{1,2}$";
    public static final String ANGKA_PATTERN = "^[1-9][0-9]{0,2}$";

    private static final Pattern REGULATION = Pattern.compile(REGULATION_CODE_PATTERN);
    private static final Pattern PASAL = Pattern.compile(PASAL_PATTERN);
    private static final Pattern AYAT = Pattern.compile(AYAT_PATTERN);
    private static final Pattern HURUF = Pattern.compile(HURUF_PATTERN);
    private static final Pattern ANGKA = Pattern.compile(ANGKA_PATTERN);
    private static final Pattern ARTICLE_KEY = Pattern.compile(
            "^pasal-([1-9][0-9]{0,3}[A-Z]?)(?:-ayat-([1-9][0-9]{0,2}[a-z]?))?(?:-huruf-([a-z]{1,2}))?(?:-angka-([1-9][0-9]{0,2}))?$");

    /** Builds a reference, turning blank parts into {@code null}; throws when a part is malformed. */
    public LegalReference {
        regulationCode = Text.blankToNull(regulationCode);
        pasal = Text.blankToNull(pasal);
        ayat = Text.blankToNull(ayat);
        huruf = Text.blankToNull(huruf);
        angka = Text.blankToNull(angka);
        List<FieldViolation> problems = check(regulationCode, pasal, ayat, huruf, angka, "");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid legal reference: " + problems.get(0).field() + " "
                    + problems.get(0).code());
        }
    }

    /** A reference to a whole regulation. */
    public static LegalReference toRegulation(String regulationCode) {
        return new LegalReference(regulationCode, null, null, null, null);
    }

    /**
     * The problems of the given parts, with field names prefixed by {@code prefix} (such as
     * {@code "legalBasis[2]."}); empty when they form a valid reference.
     */
    public static List<FieldViolation> check(String regulationCode, String pasal, String ayat, String huruf,
                                             String angka, String prefix) {
        List<FieldViolation> problems = new ArrayList<>();
        String code = Text.blankToNull(regulationCode);
        if (code == null) {
            problems.add(FieldViolation.of(prefix + "regulationCode", "REQUIRED"));
        } else if (!REGULATION.matcher(code).matches() || code.length() > 80) {
            problems.add(FieldViolation.of(prefix + "regulationCode", "CODE_INVALID", Text.abbreviate(code)));
        }
        checkPart(problems, prefix + "pasal", Text.blankToNull(pasal), PASAL);
        checkPart(problems, prefix + "ayat", Text.blankToNull(ayat), AYAT);
        checkPart(problems, prefix + "huruf", Text.blankToNull(huruf), HURUF);
        checkPart(problems, prefix + "angka", Text.blankToNull(angka), ANGKA);
        if (Text.blankToNull(pasal) == null && (Text.blankToNull(ayat) != null || Text.blankToNull(huruf) != null
                || Text.blankToNull(angka) != null)) {
            problems.add(FieldViolation.of(prefix + "pasal", "PASAL_REQUIRED"));
        }
        return problems;
    }

    private static void checkPart(List<FieldViolation> problems, String field, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(FieldViolation.of(field, "ARTICLE_PART_INVALID", Text.abbreviate(value)));
        }
    }

    /** Parses the key form: {@code PP-94-2021} or {@code PP-94-2021/pasal-5-huruf-n-angka-7}. */
    public static LegalReference parse(String key) {
        if (key == null) {
            throw new IllegalArgumentException("No legal reference");
        }
        String text = key.trim();
        int slash = text.indexOf('/');
        if (slash < 0) {
            return toRegulation(text);
        }
        String[] parts = parseArticleKey(text.substring(slash + 1));
        if (parts == null) {
            throw new IllegalArgumentException("Not an article key: " + text.substring(slash + 1));
        }
        return new LegalReference(text.substring(0, slash), parts[0], parts[1], parts[2], parts[3]);
    }

    /** The parts {pasal, ayat, huruf, angka} of an article key, or {@code null} when it is not one. */
    public static String[] parseArticleKey(String articleKey) {
        if (articleKey == null) {
            return null;
        }
        Matcher m = ARTICLE_KEY.matcher(articleKey);
        if (!m.matches()) {
            return null;
        }
        return new String[] {m.group(1), m.group(2), m.group(3), m.group(4)};
    }

    public boolean isWholeRegulation() {
        return pasal == null;
    }

    /** {@code pasal-5-huruf-n-angka-7}; {@code null} for a whole regulation. */
    public String articleKey() {
        return articleKey(pasal, ayat, huruf, angka);
    }

    public static String articleKey(String pasal, String ayat, String huruf, String angka) {
        if (pasal == null) {
            return null;
        }
        StringBuilder key = new StringBuilder("pasal-").append(pasal);
        if (ayat != null) {
            key.append("-ayat-").append(ayat);
        }
        if (huruf != null) {
            key.append("-huruf-").append(huruf);
        }
        if (angka != null) {
            key.append("-angka-").append(angka);
        }
        return key.toString();
    }

    /** {@code PP-94-2021/pasal-5-huruf-n-angka-7} or {@code PP-94-2021}. */
    public String key() {
        return pasal == null ? regulationCode : regulationCode + "/" + articleKey();
    }

    /** The citation: {@code "PP 94/2021 Pasal 5 huruf n angka 7"}, given the regulation's own citation. */
    public String render(String regulationCitation) {
        String article = renderArticle(pasal, ayat, huruf, angka);
        return article == null ? regulationCitation : regulationCitation + " " + article;
    }

    /** {@code "Pasal 87 ayat (4) huruf c"}; {@code null} without a pasal. */
    public static String renderArticle(String pasal, String ayat, String huruf, String angka) {
        if (pasal == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("Pasal ").append(pasal);
        if (ayat != null) {
            text.append(" ayat (").append(ayat).append(')');
        }
        if (huruf != null) {
            text.append(" huruf ").append(huruf);
        }
        if (angka != null) {
            text.append(" angka ").append(angka);
        }
        return text.toString();
    }

    /**
     * A key of digits only (so every collation orders it alike) that sorts articles in reading order:
     * Pasal 5 before Pasal 14, Pasal 6 before Pasal 6A, a pasal before its ayat, huruf z before aa.
     */
    public static String sortKey(String pasal, String ayat, String huruf, String angka) {
        return number(pasal, 4) + number(ayat, 3) + String.format(Locale.ROOT, "%04d", letters(huruf))
                + String.format(Locale.ROOT, "%03d", angka == null ? 0 : Integer.parseInt(angka));
    }

    /** Leading digits padded to {@code width}, then a trailing letter as 01–26 (00 when none or absent). */
    private static String number(String part, int width) {
        if (part == null) {
            return "0".repeat(width + 2);
        }
        int digits = 0;
        while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
            digits++;
        }
        int value = Integer.parseInt(part.substring(0, digits));
        return String.format(Locale.ROOT, "%0" + width + "d%02d", value, letters(part.substring(digits)));
    }

    /** Letters as a bijective base-26 number: a=1, z=26, aa=27; 0 for none. */
    private static int letters(String text) {
        if (text == null) {
            return 0;
        }
        int value = 0;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            value = value * 26 + (c - 'a' + 1);
        }
        return value;
    }
}
