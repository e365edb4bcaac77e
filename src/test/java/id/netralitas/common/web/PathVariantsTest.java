package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi/openapi.yaml} reached through another spelling of its path: a
 * percent-encoded letter, a dot segment, a double slash, another case, a matrix parameter. Routing
 * normalises such paths, so unless they are refused they reach the endpoint; then the HTTP filters
 * (rate limit, body limits) must treat them exactly as the canonical path. Each variant must be
 * answered 400 or 404 with a problem document, or carry the canonical path's {@code RateLimit-*}
 * headers and refuse an over-limit body the same way (413). Requests go over a plain socket so that
 * the bytes reach the server as written; bodies are declared with a {@code Content-Length} above the
 * limit and never sent, so a server that started reading one would time out.
 */
@QuarkusTest
class PathVariantsTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final long MB = 1024L * 1024;

    record Op(String id, String method, String template, String path, String contentType) {
    }

    /** The variants of a canonical path such as "/api/v1/regions/74". */
    static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("percent-encoded letter in the first segment", p -> "/%61" + p.substring(2));
        VARIANTS.put("percent-encoded letter in the last literal segment", PathVariantsTest::encodeLastLiteralLetter);
        VARIANTS.put("dot segment", p -> "/x/.." + p);
        VARIANTS.put("encoded dot segment", p -> "/x/%2E%2E" + p);
        VARIANTS.put("double slash", p -> "/" + p);
        VARIANTS.put("inner double slash", p -> p.replaceFirst("/v1/", "/v1//"));
        VARIANTS.put("mixed case", p -> "/API" + p.substring(4));
        VARIANTS.put("matrix parameter", p -> "/api;x=1" + p.substring(4));
        VARIANTS.put("encoded slash", p -> "/api%2Fv1" + p.substring(7));
    }

    static List<Op> operations() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : new TreeMap<>(api.getPaths()).entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : entry.getValue().readOperationsMap().entrySet()) {
                List<Parameter> params = new ArrayList<>();
                if (entry.getValue().getParameters() != null) {
                    params.addAll(entry.getValue().getParameters());
                }
                if (o.getValue().getParameters() != null) {
                    params.addAll(o.getValue().getParameters());
                }
                String contentType = o.getValue().getRequestBody() == null || o.getValue().getRequestBody().getContent() == null
                        ? null : o.getValue().getRequestBody().getContent().keySet().iterator().next();
                ops.add(new Op(o.getValue().getOperationId(), o.getKey().name(), entry.getKey(),
                        concrete(entry.getKey(), params), contentType));
            }
        }
        return ops;
    }

    /** The template with each path parameter replaced by a plausible value. */
    static String concrete(String template, List<Parameter> params) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Parameter param = params.stream().filter(p -> "path".equals(p.getIn()) && m.group(1).equals(p.getName()))
                    .findFirst().orElse(null);
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), param)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Parameter param) {
        if (param != null && param.getExample() != null) {
            return param.getExample().toString();
        }
        var schema = param == null ? null : param.getSchema();
        if (schema != null && schema.getExample() != null) {
            return schema.getExample().toString();
        }
        if (schema != null && "integer".equals(schema.getType())) {
            return "1";
        }
        if (schema != null && schema.getPattern() != null && schema.getPattern().contains("[0-9a-f]{8}")) {
            return "00000000-0000-0000-0000-000000000001";
        }
        return switch (name) {
            case "nip" -> "199705262022031008";
            case "receipt" -> "7KQ2-M9XD-4TRA-WP3E-H6N1";
            default -> "X1";
        };
    }

    static String encodeLastLiteralLetter(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            String segment = segments[i];
            if (segment.matches("[a-z-]+") && !segment.isEmpty()) {
                segments[i] = String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1);
                return String.join("/", segments);
            }
        }
        return "/%61" + path.substring(2);
    }

    /** The body size just above what the canonical path accepts. */
    static long overLimit(String path) {
        if (path.startsWith("/api/v1/employee-imports")) {
            return 2048 * MB + 1;
        }
        if (path.endsWith("/evidence")) {
            return 21 * MB + 1;
        }
        return 16 * MB + 1;
    }

    static RawHttp.Response send(Op op, String target, String canonical) throws IOException {
        List<String> headers = new ArrayList<>();
        boolean body = op.method().equals("POST") || op.method().equals("PUT") || op.method().equals("PATCH");
        if (body) {
            headers.add("Content-Type: " + (op.contentType() == null ? "application/json" : op.contentType()
                    .replace("multipart/form-data", "multipart/form-data; boundary=x")));
            headers.add("Content-Length: " + overLimit(canonical));
        }
        try {
            return RawHttp.send(null, op.method(), target, headers, null, 10_000);
        } catch (java.net.SocketTimeoutException e) {
            return new RawHttp.Response(-1, Map.of(), "no answer within 10 s: the server waited for the body");
        }
    }

    @Test
    void everyOperationRefusesOrProtectsEveryOtherSpellingOfItsPath() throws IOException {
        List<Op> ops = operations();
        TreeSet<String> documented = new TreeSet<>();
        TreeSet<String> covered = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Op op : ops) {
            documented.add(op.id());
            assertFalse(op.path().contains("{"), op.id() + ": path parameters left in " + op.path());
            RawHttp.Response canonical = send(op, op.path(), op.path());
            String limit = canonical.header(ApiRateLimitFilter.LIMIT);
            if (limit == null) {
                wrong.add(op.id() + ": the canonical path " + op.path() + " carries no RateLimit-Limit: " + canonical);
            }
            int variants = 0;
            for (Map.Entry<String, UnaryOperator<String>> variant : VARIANTS.entrySet()) {
                String target = variant.getValue().apply(op.path());
                RawHttp.Response answer = send(op, target, op.path());
                variants++;
                boolean refused = (answer.status() == 400 || answer.status() == 404)
                        && answer.contentType().startsWith("application/problem+json")
                        && answer.body().contains("\"code\"");
                boolean protectedAlike = limit != null && limit.equals(answer.header(ApiRateLimitFilter.LIMIT))
                        && answer.header(ApiRateLimitFilter.REMAINING) != null
                        && (canonical.status() != 413 || answer.status() == 413);
                if (!refused && !protectedAlike) {
                    wrong.add(op.id() + " " + op.method() + " " + target + " (" + variant.getKey() + "): " + answer
                            + "\n    canonical " + op.path() + ": " + canonical.status() + " RateLimit-Limit " + limit);
                }
            }
            if (variants == VARIANTS.size()) {
                covered.add(op.id());
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " path variants reach the service unprotected:\n" + String.join("\n", wrong));
        }
        assertEquals(documented, covered, "every operation of openapi/openapi.yaml is tried with every variant");
        assertFalse(covered.isEmpty());
    }

    @Test
    void canonicalPathsWithEncodedCharactersStillWork() throws IOException {
        // A space is encoded, and is not a dot, slash or letter: such paths are canonical and keep working.
        RawHttp.Response blank = RawHttp.send("GET", "/api/v1/calendar/days/%20", List.of(), null);
        assertEquals(400, blank.status(), blank::toString);
        assertFalse(blank.body().contains("NON_CANONICAL_PATH"), blank::toString);
        RawHttp.Response region = RawHttp.send("GET", "/api/v1/regions/74", List.of(), null);
        assertEquals(200, region.status(), region::toString);
    }
}
