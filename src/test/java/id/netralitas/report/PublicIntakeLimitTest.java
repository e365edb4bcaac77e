package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PublicIntakeLimitTest.TightLimits.class)
class PublicIntakeLimitTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("netralitas.public-intake.limit", "2", "netralitas.public-intake.window", "1H",
                    "netralitas.receipt.failure-limit", "3", "netralitas.receipt.failure-window", "15M");
        }
    }

    @Test
    void publicSubmissionsAreLimitedPerClient() {
        anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201);
        anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201);
        anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void repeatedUnknownReceiptsAreLimitedPerClient() {
        // Three unknown receipts are answered 404; after that the client is refused for the window.
        for (int i = 0; i < 3; i++) {
            anonymous().get("/api/v1/receipts/AAAA-BBBB-CCCC-DDDD-EEE" + i).then().statusCode(404);
        }
        anonymous().get("/api/v1/receipts/AAAA-BBBB-CCCC-DDDD-EEE9").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }
}
