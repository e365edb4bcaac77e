package id.netralitas.common.csv;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a CSV export: a header name and how to read the cell from a row, in order. Cells
 * are written as text: absent values empty, enums by name, dates and instants in ISO-8601 (instants
 * in UTC), booleans {@code true}/{@code false}, lists joined with {@code "; "}.
 *
 * @param <T> the row type, usually the response record the JSON view renders, so both show the same
 */
public final class CsvColumns<T> {

    private final List<String> names = new ArrayList<>();
    private final List<Function<T, ?>> readers = new ArrayList<>();

    private CsvColumns() {
    }

    public static <T> CsvColumns<T> of(Class<T> rowType) {
        Objects.requireNonNull(rowType);
        return new CsvColumns<>();
    }

    public CsvColumns<T> add(String name, Function<T, ?> reader) {
        names.add(name);
        readers.add(reader);
        return this;
    }


    public List<String> header() {
        return List.copyOf(names);
    }

    public String headerLine() {
        return String.join(",", names);
    }

    public List<String> values(T row) {
        List<String> cells = new ArrayList<>(readers.size());
        for (Function<T, ?> reader : readers) {
            cells.add(text(reader.apply(row)));
        }
        return cells;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(CsvColumns::text).filter(Objects::nonNull).collect(Collectors.joining("; "));
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
