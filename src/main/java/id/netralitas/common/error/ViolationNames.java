package id.netralitas.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How Bean Validation violations are named in problems: the field's path and the constraint's code. */
public final class ViolationNames {

    /** A lower-case letter or digit followed by an upper-case letter: where a word boundary falls. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private ViolationNames() {
    }

    /** "listRegions.page.size" becomes "size"; "create.body.items[2].nip" becomes "items[2].nip". */
    public static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        String parameter = null;
        StringBuilder rest = new StringBuilder();
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                        rest.append('[').append(key).append(']');
                    }
                    // Container elements are named "<list element>" and the like: the index says it all.
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (rest.length() > 0) {
                            rest.append('.');
                        }
                        rest.append(node.getName());
                    }
                }
            }
        }
        if (rest.length() > 0) {
            return rest.toString();
        }
        return parameter != null ? parameter : "body";
    }

    /** The constraint's annotation name in upper snake case: NotNull → NOT_NULL, Size → SIZE. */
    public static String violationCode(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return snake(name).toUpperCase(Locale.ROOT);
    }

    /** A camelCase field name as a snake_case column name: agencyCode → agency_code. */
    public static String column(String field) {
        return snake(field).toLowerCase(Locale.ROOT);
    }

    private static String snake(String camelCase) {
        return WORD_BOUNDARY.matcher(camelCase).replaceAll("$1_$2");
    }
}
