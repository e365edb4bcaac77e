package id.netralitas.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics answer on the management port only; the public port does not serve them. The
 * test management port is a random free one ({@code %test.quarkus.management.test-port=0}), which
 * {@code @TestHTTPResource(management = true)} resolves after start (relative to the management root
 * path {@code /q}).
 */
@QuarkusTest
class ManagementInterfaceTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAreOnTheManagementPort() {
        assertNotEquals(RestAssured.port, ready.getPort(), "a port of their own");
        assertEquals("/q/health/ready", ready.getPath(), "relative to the management root path /q");
        RestAssured.given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().get(live).then().statusCode(200).body("status", equalTo("UP"));
        // One API call, so that the request histogram has a sample.
        RestAssured.given().get("/api/v1/regions/74").then().statusCode(200);
        RestAssured.given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket"));
    }

    @Test
    void thePublicPortDoesNotServeThem() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics"}) {
            RestAssured.given().get(path).then().statusCode(404);
        }
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
