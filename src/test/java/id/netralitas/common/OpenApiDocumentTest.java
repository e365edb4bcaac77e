package id.netralitas.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The service publishes the committed contract, {@code openapi/openapi.yaml}, exactly as it is written. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServicePublishesTheCommittedContractUnchanged() throws IOException {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        assertEquals(Files.readString(Api.SPEC, StandardCharsets.UTF_8), served);
    }
}
