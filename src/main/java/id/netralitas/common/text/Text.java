package id.netralitas.common.text;

/** Small string rules used across features, each written once. */
public final class Text {

    /** A SHA-256 digest as 64 lower-case hexadecimal digits. */
    public static final String SHA256_HEX_PATTERN = "^[0-9a-f]{64}$";

    /** How much of a rejected value a problem document echoes back. */
    public static final int ECHO_LIMIT = 40;

    private Text() {
    }

    /** The trimmed text, or {@code null} when it is absent or only white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The first {@value #ECHO_LIMIT} characters, marked with an ellipsis when cut; "" for null. */
    public static String abbreviate(String text) {
        return abbreviate(text, ECHO_LIMIT);
    }

    /** The first {@code max} characters, marked with an ellipsis when cut; "" for null. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
