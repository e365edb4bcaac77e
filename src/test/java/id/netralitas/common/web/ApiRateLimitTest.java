package id.netralitas.common.web;

import static id.netralitas.testsupport.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiRateLimitTest.FiveRequestsPerMinute.class)
class ApiRateLimitTest {

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("netralitas.rate-limit.requests", "5", "netralitas.rate-limit.window", "60S");
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "health/live", management = true)
    java.net.URL live;

    @Test
    void clientsOverTheLimitGet429WithRetryAfter() {
        for (int i = 1; i <= 5; i++) {
            anonymous().get("/api/v1/regions/74").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(5 - i));
        }
        anonymous().header("Accept-Language", "id").get("/api/v1/regions/74").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"))
                .header("RateLimit-Remaining", "0")
                .body("code", equalTo("RATE_LIMITED"))
                .body("title", equalTo("Terlalu banyak permintaan"));
        // Health probes are not API calls and are never limited (they are on the management port).
        io.restassured.RestAssured.given().get(live).then().statusCode(200);
    }
}
