package id.netralitas.testsupport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The committed contract, {@code openapi/openapi.yaml}, parsed once for the tests that read it: its
 * operations by id and the CSV header each export promises.
 */
public final class Contract {

    private static OpenAPI document;
    private static OpenAPI resolved;

    private Contract() {
    }

    /** The document as written, with its {@code $ref}s. */
    public static synchronized OpenAPI document() {
        if (document == null) {
            document = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
        }
        return document;
    }

    /** The document with every {@code $ref} resolved in place. */
    public static synchronized OpenAPI resolved() {
        if (resolved == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            resolved = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString(), null, options);
        }
        return resolved;
    }

    /** Every operation of the document, keyed by {@code "GET /api/v1/..."}, in path order. */
    public static Map<String, Operation> operations() {
        Map<String, Operation> ops = new LinkedHashMap<>();
        document().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.put(method + " " + path, op)));
        return ops;
    }

    /** The header row the document gives as the example of an operation's {@code text/csv} answer. */
    public static String csvHeader(String operationId) {
        Operation op = operations().values().stream().filter(o -> operationId.equals(o.getOperationId())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no operation " + operationId));
        return csvHeader(op);
    }

    /** The CSV header an operation documents, or null when it has no {@code text/csv} answer. */
    public static String csvHeader(Operation op) {
        if (op.getResponses() == null || op.getResponses().get("200") == null
                || op.getResponses().get("200").getContent() == null) {
            return null;
        }
        MediaType csv = op.getResponses().get("200").getContent().get("text/csv");
        return csv == null || csv.getExample() == null ? null : csv.getExample().toString().strip();
    }

    static PathItem path(String path) {
        return document().getPaths().get(path);
    }
}
