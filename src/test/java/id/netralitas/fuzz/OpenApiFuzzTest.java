package id.netralitas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.security.SecurityFixtures;
import id.netralitas.testsupport.Api;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Generated requests from the committed OpenAPI document against every operation: wrong types,
 * missing and unknown fields, huge strings, odd Unicode, SQL and script payloads, out-of-range
 * numbers, deeply nested and malformed JSON, wrong content types and bad credentials, mixed with
 * valid values and valid tokens of every role so that requests reach the code behind
 * authentication and validation. No answer may be a 5xx, and every 4xx must be an
 * {@code application/problem+json} with a {@code code}.
 *
 * <p>Deterministic: {@code -Dfuzz.seed=<long>} replays a run (the seed in use is printed),
 * {@code -Dfuzz.requests=<n>} changes its length. The request body is never validated against the
 * document ({@link Api#invalidRequest()}); the response still is, so a 4xx the document does not
 * declare fails too.
 */
@QuarkusTest
@Order(Order.DEFAULT + 2)
class OpenApiFuzzTest {

    static final long DEFAULT_SEED = 20261123L;
    static final int DEFAULT_REQUESTS = 12_000;
    static final int MAX_FAILURES_SHOWN = 25;
    /** Concurrent clients: the server has more threads than the machine has cores, and clients wait on I/O. */
    static final int CLIENTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Replaced after serialisation by an escaped lone surrogate, which no JSON writer produces. */
    private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";

    private static final List<String> NASTY = List.of(
            "", " ", "null", "undefined", "0", "-1", "1e309", "NaN", "true", "[]", "{}",
            "' OR '1'='1", "'; DROP TABLE report; --", "1 UNION SELECT password FROM users", "\" OR \"\"=\"",
            "%", "%%", "_", "\\", "\\\\'", "%00", "\u0000", "a\u0000b",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "../../../../etc/passwd", "..%2F..%2Fetc",
            "\u202Egnp.exe", "\u200D\u200D\u200D", "\u200B", "\uFEFF", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB",
            "\u0645\u0631\u062D\u0628\u0627", "\u4E2D\u6587", "e\u0301\u0301\u0301", LONE_SURROGATE,
            "\t\r\n", "-", "--", ",", ",-", "+", "99999999999999999999999", "-99999999999999999999",
            "2024-02-30", "2024-13-01", "0000-00-00", "9999-12-31", "1900-01-01", "2024/01/01",
            "74.71", "7471", "74..71", "74.71.", "1997052620220310081", "19970526202203100", "19970526202203100X",
            "KOTA-74.71", "kota-74.71", "BKN", "PEMILU-2024", "PILKADA-2024", "D-06",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "Ａ", "İ", "ß", "ǅ");

    @Test
    void everyOperationSurvivesGeneratedRequests() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int total = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("OpenApiFuzzTest: seed " + seed + " (rerun with -Dfuzz.seed=" + seed + "), " + total + " requests");

        List<Op> ops = operations();
        assertTrue(ops.size() > 80, "the document's operations were not read: " + ops.size());
        SecurityFixtures fx = SecurityFixtures.get();
        Tokens tokens = new Tokens(fx);

        long started = System.nanoTime();
        Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Integer> perOperation = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger failureCount = new java.util.concurrent.atomic.AtomicInteger();
        // Request i depends only on (seed, i), so it can be replayed alone and the run can use several clients.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                for (int i = client; i < total; i += CLIENTS) {
                    Op op = ops.get(i % ops.size());
                    FuzzRequest request = new Generator(new Random(seed * 1_000_003L + i), fx, tokens).request(op);
                    String problem;
                    try {
                        Response response = request.send();
                        perOperation.merge(op.id, 1, Integer::sum);
                        statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                        problem = check(op, response);
                        if (problem != null) {
                            problem += "\n  -> " + response.statusCode() + " " + response.contentType() + " "
                                    + truncate(response.asString(), 800);
                        }
                    } catch (OpenApiValidationFilter.OpenApiValidationException e) {
                        perOperation.merge(op.id, 1, Integer::sum);
                        problem = "answer does not match the document: " + e.getValidationReport().getMessages().stream()
                                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                                .map(m -> truncate(m.getMessage(), 400)).toList();
                    } catch (AssertionError | Exception e) {
                        problem = "request failed: " + truncate(String.valueOf(e), 600);
                    }
                    if (problem != null) {
                        failureCount.incrementAndGet();
                        if (failures.size() < MAX_FAILURES_SHOWN) {
                            failures.add("#" + i + " " + problem + "\n  " + request.describe());
                        }
                    }
                }
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("OpenApiFuzzTest: " + total + " requests over " + ops.size() + " operations in " + millis
                + " ms; statuses " + statuses);
        if (failureCount.get() > 0) {
            fail(failureCount.get() + " of " + total + " generated requests failed (seed " + seed + "):\n" + String.join("\n", failures));
        }
        TreeSet<String> missing = new TreeSet<>();
        ops.forEach(op -> missing.add(op.id));
        missing.removeAll(perOperation.keySet());
        assertEquals(new TreeSet<>(), missing, "operations never called");
        assertTrue(total >= ops.size() * 100 || total < DEFAULT_REQUESTS, "too few requests per operation");
    }

    /** The rule every answer must keep; null when it does. */
    static String check(Op op, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error on " + op.id;
        }
        if (status >= 400) {
            String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/problem+json")) {
                return status + " without application/problem+json on " + op.id;
            }
            Object code;
            try {
                code = response.jsonPath().get("code");
            } catch (RuntimeException e) {
                return status + " with an unreadable problem body on " + op.id;
            }
            if (!(code instanceof String) || ((String) code).isBlank()) {
                return status + " problem without a code on " + op.id;
            }
            if (!Integer.valueOf(status).equals(response.jsonPath().get("status"))) {
                return status + " problem whose status field disagrees on " + op.id;
            }
        }
        return null;
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "... (" + s.length() + " chars)";
    }

    // ---------------------------------------------------------------- the document

    record Op(String id, String method, String path, List<Parameter> parameters, String bodyType, Schema<?> bodySchema,
              boolean bodyRequired) {
    }

    static List<Op> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString(), null, options);
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : new TreeMap<>(api.getPaths()).entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : entry.getValue().readOperationsMap().entrySet()) {
                Operation operation = o.getValue();
                List<Parameter> params = new ArrayList<>();
                if (entry.getValue().getParameters() != null) {
                    params.addAll(entry.getValue().getParameters());
                }
                if (operation.getParameters() != null) {
                    params.addAll(operation.getParameters());
                }
                String bodyType = null;
                Schema<?> bodySchema = null;
                boolean required = false;
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    Map.Entry<String, MediaType> content = operation.getRequestBody().getContent().entrySet().iterator().next();
                    bodyType = content.getKey();
                    bodySchema = content.getValue().getSchema();
                    required = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
                }
                ops.add(new Op(operation.getOperationId(), o.getKey().name(), entry.getKey(), params, bodyType, bodySchema, required));
            }
        }
        return ops;
    }

    // ---------------------------------------------------------------- requests

    static final class FuzzRequest {
        final Op op;
        String authorization;
        final Map<String, String> pathParams = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        boolean multipart;
        final List<String[]> parts = new ArrayList<>();

        FuzzRequest(Op op) {
            this.op = op;
        }

        String url() {
            String path = op.path;
            for (Map.Entry<String, String> p : pathParams.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", encodePath(p.getValue()));
            }
            return path;
        }

        Response send() {
            RequestSpecification spec = Api.invalidRequest().urlEncodingEnabled(false);
            if (authorization != null) {
                spec.header("Authorization", authorization);
            }
            headers.forEach((k, v) -> spec.header(k, headerSafe(v)));
            StringBuilder qs = new StringBuilder();
            query.forEach((k, v) -> qs.append(qs.length() == 0 ? '?' : '&').append(encodeQuery(k)).append('=').append(encodeQuery(v)));
            if (multipart) {
                for (String[] part : parts) {
                    if (part.length == 2) {
                        spec.multiPart(part[0], part[1]);
                    } else {
                        spec.multiPart(part[0], part[2], part[1].getBytes(StandardCharsets.UTF_8), part[3]);
                    }
                }
            } else if (body != null) {
                spec.contentType(contentType == null ? "" : contentType).body(body);
            } else if (contentType != null) {
                spec.contentType(contentType);
            }
            return spec.request(op.method, url() + qs);
        }

        String describe() {
            StringBuilder s = new StringBuilder(op.id).append(": ").append(op.method).append(' ').append(url());
            if (!query.isEmpty()) {
                s.append(" query=").append(truncate(query.toString(), 300));
            }
            s.append(" auth=").append(authorization == null ? "none" : truncate(authorization, 60));
            if (!headers.isEmpty()) {
                s.append(" headers=").append(truncate(headers.toString(), 300));
            }
            if (multipart) {
                s.append(" multipart=").append(parts.stream().map(p -> p[0] + "=" + truncate(p[1], 80)).toList());
            } else if (body != null || contentType != null) {
                s.append(" content-type=").append(contentType).append(" body=")
                        .append(body == null ? "none" : truncate(new String(body, StandardCharsets.UTF_8), 600));
            }
            return s.toString();
        }

        /** What a header can carry on the wire: no CR, LF or NUL; beyond Latin-1 as '?'. */
        static String headerSafe(String value) {
            StringBuilder s = new StringBuilder(value.length());
            for (char c : value.toCharArray()) {
                s.append(c == '\r' || c == '\n' || c == 0 ? ' ' : c > 0xFF ? '?' : c);
            }
            return s.toString();
        }

        static String encodePath(String value) {
            return encode(value).replace("+", "%20");
        }

        static String encodeQuery(String value) {
            return encode(value);
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** Credentials for the generator: valid tokens of every role and broken ones, minted once. */
    static final class Tokens {
        final List<String> good;
        final List<String> bad;

        Tokens(SecurityFixtures fx) {
            good = List.of(id.netralitas.testsupport.Tokens.admin(), id.netralitas.testsupport.Tokens.verifier(),
                    id.netralitas.testsupport.Tokens.bawaslu(), id.netralitas.testsupport.Tokens.ppk(SecurityFixtures.OWN_AGENCY),
                    id.netralitas.testsupport.Tokens.ppk(SecurityFixtures.OTHER_AGENCY), id.netralitas.testsupport.Tokens.asn(fx.nip),
                    id.netralitas.testsupport.Tokens.asn(fx.otherNip));
            String admin = good.get(0);
            String[] parts = admin.split("\\.");
            String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
            bad = List.of("Bearer " + id.netralitas.testsupport.Tokens.expired(), "Bearer " + tampered, "Bearer", "Bearer ",
                    "bearer " + admin, "Basic YWRtaW46YWRtaW4=", "Bearer not.a.jwt", "Bearer " + "A".repeat(8000),
                    "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer " + parts[0] + "." + parts[1] + ".", "Bearer \u00e9\u00e8",
                    "Token " + admin, "Bearer ' OR 1=1 --");
        }
    }

    /** Draws one request from a seeded Random: the same seed gives the same request. */
    static final class Generator {
        private final Random random;
        private final SecurityFixtures fx;
        private final List<String> goodTokens;
        private final List<String> badAuthorizations;

        Generator(Random random, SecurityFixtures fx, Tokens tokens) {
            this.random = random;
            this.fx = fx;
            goodTokens = tokens.good;
            badAuthorizations = tokens.bad;
        }

        FuzzRequest request(Op op) {
            FuzzRequest r = new FuzzRequest(op);
            int auth = random.nextInt(100);
            if (auth < 70) {
                r.authorization = "Bearer " + pick(goodTokens);
            } else if (auth < 80) {
                r.authorization = null;
            } else {
                r.authorization = pick(badAuthorizations);
            }
            for (Parameter p : op.parameters) {
                switch (p.getIn()) {
                    // An empty segment addresses another resource (405 there), not this operation.
                    case "path" -> {
                        String value = lineSized(pathValue(op, p));
                        r.pathParams.put(p.getName(), value.isEmpty() ? " " : value);
                    }
                    case "query" -> {
                        if (random.nextInt(100) < 45) {
                            r.query.put(p.getName(), lineSized(random.nextInt(100) < 55 ? string(p.getSchema(), p.getName()) : nasty()));
                        }
                    }
                    case "header" -> {
                        if (random.nextInt(100) < 60) {
                            r.headers.put(p.getName(), lineSized(headerValue(p.getName())));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (random.nextInt(100) < 8) {
                r.query.put(random.nextBoolean() ? "unknownParam" : lineSized(nasty()), lineSized(nasty()));
            }
            if (random.nextInt(100) < 10) {
                r.query.put(random.nextBoolean() ? "page" : "size", pick(List.of("-1", "101", "1000000", "2147483648", "1.5", "x", "")));
            }
            if (random.nextInt(100) < 6) {
                r.headers.put("Accept", pick(List.of("application/xml", "text/html", "*/*", "application/json;q=0", "garbage", "", "text/csv")));
            }
            if (random.nextInt(100) < 6) {
                r.headers.put("Accept-Language", pick(List.of("id", "en", "id-ID,id;q=0.9", "zz", "';--", "*")));
            }
            if (op.bodyType != null) {
                body(op, r);
            } else if (random.nextInt(100) < 4) {
                r.contentType = "application/json";
                r.body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
            }
            return r;
        }

        /**
         * Long values are cut to 1,000 characters in the request line and headers: beyond the HTTP
         * server's line and header limits (4 KiB request line) the connection is refused before the
         * application sees the request. Bodies keep their 100,000 characters.
         */
        private static String lineSized(String value) {
            return value.length() <= 1000 ? value : value.substring(0, 1000);
        }

        private String pathValue(Op op, Parameter p) {
            if (random.nextInt(100) < 45) {
                return nasty();
            }
            String name = p.getName();
            String path = op.path;
            String good = switch (name) {
                case "nip" -> random.nextBoolean() ? fx.nip : fx.otherNip;
                case "id" -> path.startsWith("/api/v1/reports") ? fx.reportId
                        : path.startsWith("/api/v1/pact-signatures") ? fx.signatureId
                        : path.startsWith("/api/v1/employee-imports") ? fx.importId
                        : path.startsWith("/api/v1/webhook") ? fx.webhookId : UUID.randomUUID().toString();
                case "evidenceId" -> fx.evidenceId;
                case "receipt" -> fx.receipt;
                case "code" -> path.startsWith("/api/v1/pact-signatures") ? fx.verificationCode
                        : path.startsWith("/api/v1/elections") ? pick(List.of(SecurityFixtures.PACT_ELECTION, fx.reportElection, "PILKADA-2024"))
                        : path.startsWith("/api/v1/agencies") ? pick(List.of(SecurityFixtures.OWN_AGENCY, "BKN"))
                        : null;
                case "version" -> String.valueOf(1 + random.nextInt(2));
                default -> null;
            };
            if (good != null && random.nextInt(100) < 80) {
                return good;
            }
            return string(p.getSchema(), name);
        }

        private String headerValue(String name) {
            return switch (name) {
                case "If-Match" -> pick(List.of("\"999999\"", "W/\"999998\"", "", "garbage", "\"", "\"1\", \"2\"", nasty()));
                case "If-None-Match" -> pick(List.of("\"abc\"", "*", "", nasty()));
                case "Idempotency-Key" -> pick(List.of("fuzz-" + random.nextInt(50), "", "k".repeat(300), nasty()));
                default -> nasty();
            };
        }

        private void body(Op op, FuzzRequest r) {
            int mode = random.nextInt(100);
            if (op.bodyType.startsWith("multipart/")) {
                r.multipart = mode < 85;
                if (r.multipart) {
                    if (random.nextBoolean()) {
                        r.parts.add(new String[] {"kind", pick(List.of("FOTO", "TAUTAN", "VIDEO", "DOKUMEN", nasty()))});
                    }
                    if (random.nextBoolean()) {
                        r.parts.add(new String[] {"url", pick(List.of("https://example.org/post/1", "javascript:alert(1)", nasty()))});
                    }
                    if (random.nextBoolean()) {
                        r.parts.add(new String[] {"description", nasty()});
                    }
                    if (random.nextBoolean()) {
                        r.parts.add(new String[] {"file", pick(List.of("MZ\u0090\u0000binary", "%PDF-1.4 fuzz", nasty())),
                                pick(List.of("a.jpg", "../../x.exe", nasty().isEmpty() ? "x" : "f\u202Egpj.exe")),
                                pick(List.of("image/jpeg", "application/pdf", "application/x-msdownload", "text/plain"))});
                    }
                    if (r.parts.isEmpty()) {
                        r.parts.add(new String[] {"kind", nasty()});
                    }
                } else {
                    r.contentType = pick(List.of("application/json", "multipart/form-data", "multipart/form-data; boundary=x"));
                    r.body = ("--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + nasty()).getBytes(StandardCharsets.UTF_8);
                }
                return;
            }
            if (op.bodyType.equals("text/csv")) {
                r.contentType = mode < 80 ? "text/csv" : pick(List.of("application/json", "text/plain", "application/octet-stream"));
                StringBuilder csv = new StringBuilder();
                if (random.nextInt(100) < 70) {
                    csv.append(op.path.contains("region") ? "code,name,level,parent_code\n"
                            : "nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,agency_code,region_code,status,nik\n");
                }
                int lines = random.nextInt(4);
                for (int i = 0; i < lines; i++) {
                    int cells = random.nextInt(14);
                    for (int c = 0; c < cells; c++) {
                        csv.append(c == 0 ? "" : ",").append(csvCell());
                    }
                    csv.append(random.nextBoolean() ? "\n" : "\r\n");
                }
                if (random.nextInt(100) < 5) {
                    csv.append("\"unterminated,quote\n");
                }
                r.body = csv.toString().getBytes(StandardCharsets.UTF_8);
                return;
            }
            r.contentType = "application/json";
            String text;
            if (mode < 4) {
                r.body = null;
                return;
            } else if (mode < 10) {
                text = pick(List.of("{", "{\"a\":", "[1,2", "{'single':'quotes'}", "{\"a\":1,}", "nul", "\u0000", "{\"a\":\"\\x\"}",
                        "{\"a\":01}", "{\"a\":\"" + "\\ud800" + "\"", "\uFEFF{}"));
            } else if (mode < 14) {
                int depth = 200 + random.nextInt(2000);
                String key = random.nextBoolean() ? "{\"a\":" : "[";
                text = key.repeat(depth) + "1" + (key.equals("[") ? "]" : "}").repeat(depth);
            } else if (mode < 20) {
                text = pick(List.of("[]", "null", "1", "\"string\"", "true", "[{}]", "{}", "1e400", "-0"));
            } else if (mode < 25) {
                r.contentType = pick(List.of("text/plain", "application/xml", "application/octet-stream", "", "application/json; charset=latin1",
                        "application/json; charset=nonsense", "application/problem+json"));
                text = json(value(op.bodySchema, "body", 0));
            } else {
                Object value = value(op.bodySchema, "body", 0);
                int mutations = mode < 35 ? 0 : 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    value = mutate(value, 0);
                }
                text = json(value);
            }
            if (op.id.equals("importRegionDataset") && !text.contains("\"dataset\":\"@@")) {
                // A valid dataset would import tens of thousands of rows: always one that does not exist.
                text = text.replace("\"KECAMATAN\"", "\"KECAMATAN-X\"").replace("\"DESA\"", "\"DESA-X\"");
            }
            // A webhook that does get registered points nowhere rather than at the example's real host.
            text = text.replace("https://integrasi.bawaslu.go.id/", "http://127.0.0.1:9/");
            r.body = text.replace(LONE_SURROGATE, "\\ud83d").getBytes(StandardCharsets.UTF_8);
        }

        private String json(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A value that matches the schema as far as the generator knows how. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object value(Schema<?> schema, String name, int depth) {
            if (schema == null || depth > 6) {
                return "x";
            }
            if (schema.getAllOf() != null && !schema.getAllOf().isEmpty() && schema.getType() == null) {
                return value((Schema<?>) schema.getAllOf().get(0), name, depth + 1);
            }
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
            }
            String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
            switch (type) {
                case "object": {
                    Map<String, Object> object = new LinkedHashMap<>();
                    if (schema.getProperties() != null) {
                        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                        for (Map.Entry<String, Schema> p : ((Map<String, Schema>) (Map) schema.getProperties()).entrySet()) {
                            if (required.contains(p.getKey()) || random.nextInt(100) < 50) {
                                object.put(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
                            }
                        }
                    }
                    return object;
                }
                case "array": {
                    List<Object> list = new ArrayList<>();
                    // Small arrays only: the fuzzer must not register large valid batches.
                    int n = schema.getMinItems() == null ? random.nextInt(3) : Math.max(schema.getMinItems(), 1 + random.nextInt(2));
                    for (int i = 0; i < Math.min(n, 3); i++) {
                        list.add(value(schema.getItems(), name, depth + 1));
                    }
                    return list;
                }
                case "integer":
                    if (schema.getExample() != null && random.nextBoolean()) {
                        return schema.getExample();
                    }
                    long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
                    long max = schema.getMaximum() == null ? min + 100 : Math.min(schema.getMaximum().longValue(), min + 1000);
                    return min + (long) (random.nextDouble() * (max - min + 1));
                case "number":
                    return BigDecimal.valueOf(random.nextInt(1000), 1);
                case "boolean":
                    return random.nextBoolean();
                default:
                    return string(schema, name);
            }
        }

        /** A plausible string for the schema (its example, a date, a uuid) or, now and then, a nasty one. */
        private String string(Schema<?> schema, String name) {
            if (schema != null) {
                if (schema.getEnum() != null && !schema.getEnum().isEmpty() && random.nextInt(100) < 80) {
                    return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
                }
                if (schema.getExample() != null && random.nextInt(100) < 70) {
                    Object example = schema.getExample();
                    return example instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : String.valueOf(example);
                }
                if ("integer".equals(schema.getType())) {
                    return String.valueOf(random.nextInt(50));
                }
                if ("boolean".equals(schema.getType())) {
                    return String.valueOf(random.nextBoolean());
                }
                if ("date".equals(schema.getFormat()) || name.toLowerCase(Locale.ROOT).contains("date") || name.endsWith("On")
                        || name.endsWith("From") || name.endsWith("To") || name.equals("from") || name.equals("to")) {
                    return java.time.LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)).toString();
                }
                if ("uuid".equals(schema.getFormat())) {
                    return UUID.randomUUID().toString();
                }
            }
            if (name.toLowerCase(Locale.ROOT).contains("nip")) {
                return random.nextBoolean() ? fx.nip : fx.otherNip;
            }
            return random.nextInt(100) < 50 ? "fuzz " + random.nextInt(1000) + " teks uji" : nasty();
        }

        @SuppressWarnings("unchecked")
        private Object mutate(Object value, int depth) {
            if (value instanceof Map<?, ?> map && !map.isEmpty() && depth < 4 && random.nextInt(100) < 75) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                List<String> keys = new ArrayList<>(copy.keySet());
                String key = keys.get(random.nextInt(keys.size()));
                int how = random.nextInt(100);
                if (how < 20) {
                    copy.remove(key);
                } else if (how < 30) {
                    copy.put(random.nextBoolean() ? "unknownField" : nasty(), nasty());
                } else {
                    copy.put(key, mutate(copy.get(key), depth + 1));
                }
                return copy;
            }
            if (value instanceof List<?> list && !list.isEmpty() && depth < 4 && random.nextInt(100) < 60) {
                List<Object> copy = new ArrayList<>(list);
                int at = random.nextInt(copy.size());
                copy.set(at, mutate(copy.get(at), depth + 1));
                return copy;
            }
            return replacement();
        }

        /** Anything but what the schema expects. */
        private Object replacement() {
            int how = random.nextInt(100);
            if (how < 30) {
                return nasty();
            } else if (how < 38) {
                return "x".repeat(random.nextBoolean() ? 100_000 : 10_001) + (random.nextBoolean() ? "\uD83D\uDE00" : "");
            } else if (how < 50) {
                return pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, Integer.MAX_VALUE, 2147483648L,
                        new BigDecimal("1e400"), new BigDecimal("-1e400"), new BigDecimal("0.000000001"), 1.5));
            } else if (how < 58) {
                return random.nextBoolean();
            } else if (how < 66) {
                return null;
            } else if (how < 74) {
                return List.of(nasty(), 1, Map.of());
            } else if (how < 82) {
                return Map.of("nested", Map.of("deeper", List.of(nasty())));
            } else if (how < 90) {
                return List.of();
            } else {
                return pick(List.of("2024-02-30", "24-01-01", "2024-01-01T00:00:00Z", "9999999-01-01", "-2024-01-01"));
            }
        }

        private String csvCell() {
            int how = random.nextInt(100);
            if (how < 40) {
                return pick(List.of(fx.nip, "KOTA-74.71", "74.71", "PNS", "AKTIF", "III/b", "PELAKSANA", "Ahmad", "74.71.01", "KECAMATAN"));
            }
            String cell = nasty();
            return how < 70 ? cell.replace(",", ";").replace("\n", " ") : "\"" + cell.replace("\"", "\"\"") + "\"";
        }

        private String nasty() {
            int how = random.nextInt(100);
            if (how < 4) {
                return "y".repeat(100_000);
            }
            if (how < 8) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    s.append((char) (random.nextInt(0x2FFF) + 1));
                }
                return s.toString();
            }
            return pick(NASTY);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
