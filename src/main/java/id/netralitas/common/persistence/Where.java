package id.netralitas.common.persistence;

import java.util.HashMap;
import java.util.Map;

/** Builds the WHERE part of a Panache/HQL query from optional filters, with named parameters. */
public final class Where {

    private final StringBuilder clauses = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    public Where and(String clause) {
        if (clauses.length() > 0) {
            clauses.append(" and ");
        }
        clauses.append(clause);
        return this;
    }

    public Where and(String clause, String param, Object value) {
        params.put(param, value);
        return and(clause);
    }

    /** Adds the clause only when {@code value} is present (non-null). */
    public Where andIfPresent(String clause, String param, Object value) {
        return value == null ? this : and(clause, param, value);
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The clauses joined with {@code and}; "1 = 1" when there is no filter. */
    public String query() {
        return clauses.length() == 0 ? "1 = 1" : clauses.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
