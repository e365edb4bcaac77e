package id.netralitas.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The service publishes the committed contract, {@code openapi/openapi.yaml}, exactly as it is written.
 * SmallRye writes a document in its own layout; when a hand edit differs from that layout, the served form
 * is left in {@code target/openapi-served.yaml} to compare with (and, when only the layout differs, to copy).
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServicePublishesTheCommittedContractUnchanged() throws IOException {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        String committed = Files.readString(Api.SPEC, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        }
        assertEquals(committed, served, "served differently: compare openapi/openapi.yaml with target/openapi-served.yaml");
    }
}
