package id.netralitas.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} must be exactly what the code produces. When it is
 * not, the build fails and the file is rewritten, so the change can be reviewed and committed.
 */
@QuarkusTest
@Order(1)
class OpenApiDocumentTest {

    /** Kept apart from the validating test client so that its stale copy is never loaded first. */
    private static final Path SPEC = Path.of("openapi", "openapi.yaml");

    @Test
    void committedDocumentMatchesTheCode() throws IOException {
        String generated = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        String committed = Files.exists(SPEC) ? Files.readString(SPEC, StandardCharsets.UTF_8) : "";
        if (!generated.equals(committed)) {
            Files.createDirectories(SPEC.getParent());
            Files.writeString(SPEC, generated, StandardCharsets.UTF_8);
            fail("openapi/openapi.yaml was out of date with the code and has been rewritten; review and commit it");
        }
    }
}
