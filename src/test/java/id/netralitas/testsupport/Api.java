package id.netralitas.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured entry points. Every request and response is validated against the committed
 * {@code openapi/openapi.yaml}, so the document cannot drift from what the service does. Tests that
 * send a deliberately invalid request use {@link #invalidRequest()}: the request is not checked
 * (it is wrong on purpose) but the response still must match the document.
 */
public final class Api {

    public static final Path SPEC = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build());

    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** Anonymous request, validated against the OpenAPI document both ways. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(FULL);
    }

    /** Authenticated request, validated against the OpenAPI document both ways. */
    public static RequestSpecification as(String token) {
        // A plain header rather than auth().oauth2(): REST Assured applies auth after user filters,
        // and the OpenAPI filter must see the credentials it checks.
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** A request that is invalid on purpose; only the response is checked against the document. */
    public static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(RESPONSE_ONLY);
    }

    /**
     * A multipart upload: the validator cannot read multipart bodies, so only the response is
     * checked against the document (the request's parts are asserted by the test itself).
     */
    public static RequestSpecification multipart(String token) {
        RequestSpecification spec = RestAssured.given().filter(RESPONSE_ONLY);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** An authenticated request that is invalid on purpose; only the response is checked. */
    public static RequestSpecification invalidRequest(String token) {
        return invalidRequest().header("Authorization", "Bearer " + token);
    }
}
