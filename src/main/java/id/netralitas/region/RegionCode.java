package id.netralitas.region;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code, always held in dotted form ("74.71"). Parsing accepts the dotted form
 * and the compact digits-only form ("7471"): 2 digits for a province, 4 for a kabupaten/kota,
 * 6 for a kecamatan, 10 for a desa/kelurahan.
 */
public record RegionCode(String value) {

    private static final Pattern DOTTED = Pattern.compile("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$");
    private static final Pattern COMPACT = Pattern.compile("^\\d{2}(\\d{2}(\\d{2}(\\d{4})?)?)?$");

    /** Parses a code for the request field or parameter {@code field}; 400 {@code REGION_CODE_INVALID} otherwise. */
    public static RegionCode parse(String raw, String field) {
        return tryParse(raw).orElseThrow(() -> ApiException.invalidField(field, "REGION_CODE_INVALID",
                raw == null ? "" : Text.abbreviate(raw)));
    }

    public static Optional<RegionCode> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.trim();
        if (DOTTED.matcher(text).matches()) {
            return Optional.of(new RegionCode(text));
        }
        if (COMPACT.matcher(text).matches()) {
            StringBuilder dotted = new StringBuilder(text.substring(0, 2));
            if (text.length() >= 4) {
                dotted.append('.').append(text, 2, 4);
            }
            if (text.length() >= 6) {
                dotted.append('.').append(text, 4, 6);
            }
            if (text.length() == 10) {
                dotted.append('.').append(text, 6, 10);
            }
            return Optional.of(new RegionCode(dotted.toString()));
        }
        return Optional.empty();
    }

    /** Number of segments: 1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
    public int depth() {
        return value.split("\\.").length;
    }

    public Optional<RegionCode> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
    }

    /** LIKE pattern matching every region below this one (codes contain only digits and dots). */
    public String descendantsPattern() {
        return value + ".%";
    }

    /**
     * Restricts {@code where} to rows whose {@code property} is this region or any region below it;
     * both forms use the index on the column (equality and a prefix range).
     */
    public Where within(Where where, String property) {
        String param = property.replace('.', '_') + "Region";
        return where.and("(" + property + " = :" + param + " or " + property + " like :" + param + "Below)", param, value)
                .param(param + "Below", descendantsPattern());
    }

    @Override
    public String toString() {
        return value;
    }
}
