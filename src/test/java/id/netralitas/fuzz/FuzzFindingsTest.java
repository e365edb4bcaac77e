package id.netralitas.fuzz;

import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Requests {@link OpenApiFuzzTest} found answered with a 500, each pinned to its problem answer. */
@QuarkusTest
class FuzzFindingsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBlankDateInAPathOrRequiredQueryParameterIsInvalidNotAbsent() {
        for (String path : new String[] {"/api/v1/calendar/days/%20", "/api/v1/holidays/%20",
                "/api/v1/calendar/add?from=%20&days=1", "/api/v1/elections/PEMILU-2024/deadlines?from=%20"}) {
            invalidRequest().urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType(startsWith(PROBLEM))
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].code", equalTo("DATE_INVALID"));
        }
    }

    @Test
    void aContentTypeThatCannotBeParsedIsA415Problem() {
        // REST Assured sends an empty content type with a text body as "; charset=ISO-8859-1".
        invalidRequest(Tokens.admin()).contentType("").body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/holidays").then().statusCode(415)
                .contentType(startsWith(PROBLEM))
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                .body("detail", org.hamcrest.Matchers.containsString("charset=ISO-8859-1"));
    }

    @Test
    void problemsQuoteAtMostTheDocumentedLengthOfTheRequest() {
        // An unknown enum value of 100,000 characters used to come back whole in errors[0].message (and the
        // JSON parser's message in detail), beyond the document's 2,000.
        String huge = "x".repeat(100_000);
        invalidRequest(Tokens.bawaslu()).contentType("application/json")
                .body(("{\"eventTypes\":[\"" + huge + "\"]}").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
                .body("errors[0].message.length()", org.hamcrest.Matchers.lessThanOrEqualTo(2000));
        invalidRequest(Tokens.admin()).contentType("application/json")
                .body(("\"" + huge + "\"").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/holidays").then().statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("code", equalTo("MALFORMED_JSON"))
                .body("detail.length()", org.hamcrest.Matchers.lessThanOrEqualTo(2000));
        // A request path longer than 2,000 characters came back whole in instance (seed 20261123, #1778).
        invalidRequest(Tokens.admin()).get("/api/v1/reports/" + "y".repeat(2100)).then()
                .contentType(startsWith(PROBLEM))
                .body("instance.length()", org.hamcrest.Matchers.lessThanOrEqualTo(2000));
    }

    @Test
    void theProblemInstanceIsCutToTheDocumentedLength() {
        // Two 1,500-character path segments made an instance of over 3,000 characters (declared at most 2,000).
        String segment = "y".repeat(1500);
        invalidRequest(Tokens.ppk("KOTA-74.71")).get("/api/v1/reports/" + segment + "/identity-access-requests/" + segment
                + "/identity").then().statusCode(403)
                .contentType(startsWith(PROBLEM))
                .body("instance.length()", org.hamcrest.Matchers.lessThanOrEqualTo(2000));
    }

    @Test
    void aMultipartBodyWithoutItsClosingBoundaryIsA400Problem() {
        byte[] cut = "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nFOTO".getBytes(StandardCharsets.UTF_8);
        // A receipt of a real case: an unknown one is refused (404) before the body is read.
        String receipt = id.netralitas.testsupport.Api.anonymous().contentType("application/json")
                .body(id.netralitas.report.ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("receipt");
        invalidRequest(Tokens.bawaslu()).contentType("multipart/form-data; boundary=x").body(cut)
                .post("/api/v1/receipts/" + receipt + "/evidence").then().statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("code", equalTo("MALFORMED_MULTIPART"));
    }
}
