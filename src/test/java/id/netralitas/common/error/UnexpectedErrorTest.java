package id.netralitas.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnexpectedErrorTest {

    @Test
    void unexpectedFailuresAre500ProblemsWithAnIncidentIdAndNoInternals() {
        for (String probe : new String[] {"runtime", "error"}) {
            given().get("/test-probes/" + probe).then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INTERNAL_ERROR"))
                    .body("incidentId", matchesPattern("[0-9a-f-]{36}"))
                    .body(not(containsString("secret internal detail")))
                    .body(not(containsString("IllegalStateException")));
        }
    }
}
