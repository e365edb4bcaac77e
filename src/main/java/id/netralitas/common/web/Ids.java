package id.netralitas.common.web;

import java.util.regex.Pattern;

/** The public identifiers of resources: lower-case UUIDs. */
public final class Ids {

    /** The documented form of a public id in paths and bodies. */
    public static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private static final Pattern UUID_FORM = Pattern.compile(UUID_PATTERN);

    private Ids() {
    }

    /** Whether the text has the form of a public id (a lookup with any other text finds nothing). */
    public static boolean isUuid(String text) {
        return text != null && UUID_FORM.matcher(text).matches();
    }
}
