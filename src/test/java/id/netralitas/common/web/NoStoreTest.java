package id.netralitas.common.web;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Answers that may carry personal data say {@code Cache-Control: no-store}; public reference data does not. */
@QuarkusTest
class NoStoreTest {

    @Test
    void everyAnswerToARequestWithATokenIsNotStored() {
        as(Tokens.admin()).get("/api/v1/employees").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        as(Tokens.admin()).get("/api/v1/employees/199705262022031999").then().statusCode(404)
                .contentType("application/problem+json").header("Cache-Control", equalTo("no-store"));
        as(Tokens.admin()).get("/api/v1/regions/74").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        invalidRequest("not-a-token").get("/api/v1/employees").then().statusCode(401)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void everyReceiptAnswerIsNotStored() {
        String receipt = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        anonymous().get("/api/v1/receipts/" + receipt).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        anonymous().get("/api/v1/receipts/AAAA-BBBB-CCCC-DDDD-EEEE").then().statusCode(404)
                .contentType("application/problem+json").header("Cache-Control", equalTo("no-store"));
        invalidRequest().contentType("application/json").body("{}").post("/api/v1/receipts/" + receipt + "/messages")
                .then().statusCode(400).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void publicReferenceDataStaysCacheable() {
        anonymous().get("/api/v1/regions/74").then().statusCode(200).header("Cache-Control", nullValue());
        anonymous().get("/api/v1/violation-types").then().statusCode(200).header("Cache-Control", nullValue());
    }
}
