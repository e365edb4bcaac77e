package id.netralitas.common.openapi;

import id.netralitas.common.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, on every operation, the problem responses that the shared error handling can produce,
 * so generated clients know them: 400 for operations that take input, 401/403 for secured ones,
 * 404 where the path names a resource, 411/413/415 where a body is read, and 406/429/500/503 everywhere;
 * every 2xx and 4xx response declares the rate-limit headers that {@code ApiRateLimitFilter} sends. Responses
 * an operation declares itself are kept; bare ones get the problem schema.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid request: bad parameter, malformed body or failed validation (code and field errors in the body)"),
            Map.entry("401", "Missing, expired or invalid bearer token"),
            Map.entry("403", "The token's role or scope does not allow this operation"),
            Map.entry("404", "No such resource"),
            Map.entry("406", "None of the media types in the Accept header can be produced"),
            Map.entry("411", "A body without Content-Length (chunked) on an endpoint that is not an upload"),
            Map.entry("413", "The request body is larger than this endpoint accepts"),
            Map.entry("415", "Unsupported request content type"),
            Map.entry("429", "Too many requests from this client; retry after the Retry-After delay"),
            Map.entry("500", "Unexpected server error; the body carries an incidentId"),
            Map.entry("503", "A dependency (the database) is unavailable; retry after the Retry-After delay"));

    static final String PRECONDITION_REQUIRED = "`If-Match` is missing (PRECONDITION_REQUIRED), or is `*` or a list of "
            + "several ETags (IF_MATCH_NOT_SPECIFIC): send exactly the one ETag last read";

    /** Headers on every 2xx and 4xx answer, in a fixed order so the document is reproducible. */
    private static final List<String> RESPONSE_HEADERS = List.of(
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        declareResponseHeaders(openAPI);
        boolean globalSecurity = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getResponses() == null) {
                    op.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = op.getResponses();
                boolean hasInput = op.getRequestBody() != null
                        || (op.getParameters() != null && !op.getParameters().isEmpty())
                        || (item.getParameters() != null && !item.getParameters().isEmpty());
                boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty() : globalSecurity;
                if (hasInput) {
                    ensure(responses, "400");
                }
                if (secured) {
                    ensure(responses, "401");
                    ensure(responses, "403");
                }
                if (path.contains("{")) {
                    ensure(responses, "404");
                }
                if (op.getRequestBody() != null) {
                    ensure(responses, "411");
                    ensure(responses, "413");
                    ensure(responses, "415");
                }
                ensure(responses, "406");
                ensure(responses, "429");
                ensure(responses, "500");
                ensure(responses, "503");
                // Every change with If-Match answers 428 for the same reasons: one description for all.
                if (responses.getAPIResponse("428") != null) {
                    responses.getAPIResponse("428").setDescription(PRECONDITION_REQUIRED);
                }
                // Error responses an operation declares with a description only get the problem schema too.
                responses.getAPIResponses().keySet().stream()
                        .filter(status -> status.startsWith("4") || status.startsWith("5"))
                        .forEach(status -> ensure(responses, status));
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") || status.startsWith("4")) {
                        RESPONSE_HEADERS.forEach(name -> response.addHeader(name,
                                OASFactory.createHeader().ref("#/components/headers/" + name)));
                    }
                });
                if (responses.getAPIResponse("429").getHeaders() == null
                        || !responses.getAPIResponse("429").getHeaders().containsKey("Retry-After")) {
                    responses.getAPIResponse("429").addHeader("Retry-After",
                            OASFactory.createHeader().ref("#/components/headers/Retry-After"));
                }
            }
        });
    }

    private static void rateLimitHeader(OpenAPI openAPI, String name, String description) {
        openAPI.getComponents().addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(1_000_000))));
    }

    private static void declareResponseHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        rateLimitHeader(openAPI, "RateLimit-Limit", "Requests allowed per window for this client");
        rateLimitHeader(openAPI, "RateLimit-Remaining", "Requests left in the current window");
        rateLimitHeader(openAPI, "RateLimit-Reset", "Seconds until the current window ends");
        openAPI.getComponents().addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("Present when the request's Origin is one of the configured CORS origins (CORS_ORIGINS)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2048)
                        .format("uri")));
        openAPI.getComponents().addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400))));
    }

    private static void ensure(APIResponses responses, String status) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status));
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Problem"));
        }
    }
}
