package id.netralitas.common.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV downloads ({@code Accept: text/csv}) in one place: UTF-8 without a byte-order mark, a header
 * row, RFC 4180 quoting, CRLF line ends and spreadsheet formulas neutralised ({@link CsvWriter#forExport}).
 * The body is streamed: rows are written as the {@link RowSource} produces them (typically from a
 * forward-only database cursor, see {@code ForwardScroll}), through a 64 KiB buffer, so memory does not
 * grow with the number of rows.
 *
 * <p>A list that offers CSV documents a {@code text/csv} answer beside the JSON one in
 * {@code openapi/openapi.yaml}, with the header row as its example (the contract test holds every
 * {@link CsvColumns} to a documented header). The resource adds a {@code @Produces(CsvExport.PRODUCES)}
 * method on the same path, which checks its parameters and the caller's scope first (so refusals are
 * still problem documents) and answers {@link #response}:
 *
 * <pre>{@code
 * static final CsvColumns<SignatureResponse> CSV = CsvColumns.of(SignatureResponse.class)
 *         .add("nip", SignatureResponse::nip).add("name", SignatureResponse::name);
 * ...
 * Plan plan = service.export(filter, sort);          // validation and scope, before the first byte
 * return CsvExport.response("signatures.csv", CSV, sink -> service.forEach(plan, s -> sink.accept(views.of(s))));
 * }</pre>
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    /**
     * What an export method produces: CSV with a lower server preference ({@code qs}) than the JSON
     * method on the same path, so that {@code Accept: *}{@code /*} (or no Accept) still gets JSON and
     * only a client asking for {@code text/csv} gets CSV.
     */
    public static final String PRODUCES = "text/csv;qs=0.5";

    private static final int BUFFER = 1 << 16;

    private CsvExport() {
    }

    /** Receives the rows of an export one at a time. */
    @FunctionalInterface
    public interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    /** Produces the rows of an export, in order, into the sink. */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(RowSink<T> sink) throws IOException;
    }

    /** A streamed CSV answer; {@code fileName} is suggested to the client by Content-Disposition. */
    public static <T> Response response(String fileName, CsvColumns<T> columns, RowSource<T> rows) {
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            CsvWriter csv = CsvWriter.forExport(writer);
            csv.row(columns.header());
            rows.forEach(row -> csv.row(columns.values(row)));
            csv.flush();
        };
        return Response.ok(body, CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A CSV answer from rows already in memory (small results such as statistics). */
    public static <T> Response response(String fileName, CsvColumns<T> columns, List<T> rows) {
        return response(fileName, columns, sink -> {
            for (T row : rows) {
                sink.accept(row);
            }
        });
    }
}
