package id.netralitas.common.paging;

import id.netralitas.common.error.ApiException;
import io.quarkus.panache.common.Sort;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sort fields a list accepts, by their API name, mapped to entity properties, with a default
 * and a unique tie-breaker so that paging is stable. An unknown field is a 400 problem that names
 * the accepted ones.
 */
public final class SortSpec {

    private final Map<String, String> fields;
    private final String defaultSort;
    private final String tieBreaker;

    private SortSpec(Map<String, String> fields, String defaultSort, String tieBreaker) {
        this.fields = fields;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    /**
     * @param defaultSort the sort used when the client gives none, in the same syntax as the parameter
     * @param tieBreaker  a unique entity property appended last (ascending) unless already present
     * @param fields      the accepted fields in documented order, each {@code "apiName"} (same entity
     *                    property) or {@code "apiName=entityProperty"}
     */
    public static SortSpec of(String defaultSort, String tieBreaker, String... fields) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            byName.put(eq < 0 ? field : field.substring(0, eq), eq < 0 ? field : field.substring(eq + 1));
        }
        return new SortSpec(byName, defaultSort, tieBreaker);
    }

    public Sort parse(String sort) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        Sort result = null;
        Set<String> used = new HashSet<>();
        for (String token : spec.split(",")) {
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            String property = fields.get(name);
            if (property == null) {
                throw ApiException.invalidField("sort", "SORT_FIELD_UNKNOWN", name, String.join(", ", fields.keySet()))
                        .with("allowedValues", fields.keySet());
            }
            if (!used.add(property)) {
                continue;
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(property, direction) : result.and(property, direction);
        }
        if (!used.contains(tieBreaker)) {
            result = result.and(tieBreaker, Sort.Direction.Ascending);
        }
        return result;
    }

    /** The HQL {@code order by} clause of a sort that {@link #parse} returned. */
    public static String orderBy(Sort sort) {
        StringBuilder clause = new StringBuilder(" order by ");
        for (int i = 0; i < sort.getColumns().size(); i++) {
            Sort.Column column = sort.getColumns().get(i);
            clause.append(i == 0 ? "" : ", ").append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : "");
        }
        return clause.toString();
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }
}
