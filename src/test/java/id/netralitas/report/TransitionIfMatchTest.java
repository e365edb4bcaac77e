package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transition needs the one ETag its caller read: {@code If-Match: *} or a list of tags would let two
 * officers acting on the same version both win.
 */
@QuarkusTest
class TransitionIfMatchTest {

    @Test
    void aWildcardOrAListOfTagsDoesNotMoveTheCase() {
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        String etag = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> register = Map.of("action", "REGISTER", "registrationNumber", "7/Reg/LP/2024");
        for (String ifMatch : new String[] {"*", etag + ", \"999\"", "\"999\", " + etag}) {
            as(Tokens.bawaslu()).header("If-Match", ifMatch).header("Accept-Language", "en")
                    .contentType("application/json").body(register)
                    .post("/api/v1/reports/" + id + "/transitions").then().statusCode(428)
                    .contentType("application/problem+json")
                    .body("code", equalTo("IF_MATCH_NOT_SPECIFIC"))
                    .body("title", equalTo("Specific If-Match required"));
        }
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("DITERIMA")).header("ETag", equalTo(etag));
        as(Tokens.bawaslu()).header("If-Match", etag).contentType("application/json").body(register)
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("DIREGISTRASI"));
    }
}
