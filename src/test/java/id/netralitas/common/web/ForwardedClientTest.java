package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy: {@code X-Forwarded-For} names the client only when the request comes from a trusted
 * proxy (by default 127.0.0.1 and ::1); from any other peer (here 127.0.0.2, which Linux routes to the
 * loopback interface too) the header is ignored and the peer itself is the client. IPv6 clients are
 * counted by their /64.
 */
@QuarkusTest
@TestProfile(ForwardedClientTest.BehindAProxy.class)
class ForwardedClientTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The trusted proxies are the default of application.properties (TRUSTED_PROXIES): loopback.
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "netralitas.rate-limit.requests", "3", "netralitas.rate-limit.window", "60S");
        }
    }

    private static final String PATH = "/api/v1/regions/74";

    private static RawHttp.Response from(String local, String forwardedFor) throws IOException {
        return RawHttp.send(InetAddress.getByName(local), "GET", PATH, List.of("X-Forwarded-For: " + forwardedFor),
                null, 20_000);
    }

    private static void assumeLoopbackIpv4() throws IOException {
        Assumptions.assumeTrue(RawHttp.server().getAddress().getHostAddress().equals("127.0.0.1"),
                "the service listens on 127.0.0.1");
    }

    @Test
    void aTrustedProxyNamesTheClientAndIpv6ClientsCountByTheirSlash64() throws IOException {
        assumeLoopbackIpv4();
        for (int i = 1; i <= 3; i++) {
            RawHttp.Response ok = from("127.0.0.1", "198.51.100.1");
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(String.valueOf(3 - i), ok.header(ApiRateLimitFilter.REMAINING), ok::toString);
        }
        RawHttp.Response limited = from("127.0.0.1", "198.51.100.1");
        assertEquals(429, limited.status(), limited::toString);
        RawHttp.Response other = from("127.0.0.1", "198.51.100.2, 198.51.100.1");
        assertEquals(200, other.status(), "another forwarded client has its own window");
        assertEquals("2", other.header(ApiRateLimitFilter.REMAINING));

        assertEquals("2", from("127.0.0.1", "2001:db8:7:1::1").header(ApiRateLimitFilter.REMAINING));
        assertEquals("1", from("127.0.0.1", "2001:db8:7:1:ffff::2").header(ApiRateLimitFilter.REMAINING),
                "the same /64 is the same client");
        assertEquals("0", from("127.0.0.1", "[2001:db8:7:1::3]:4711").header(ApiRateLimitFilter.REMAINING));
        assertEquals("2", from("127.0.0.1", "2001:db8:7:2::1").header(ApiRateLimitFilter.REMAINING),
                "another /64 is another client");
        assertEquals("2", from("127.0.0.1", "::ffff:198.51.100.3").header(ApiRateLimitFilter.REMAINING));
        assertEquals("1", from("127.0.0.1", "198.51.100.3").header(ApiRateLimitFilter.REMAINING),
                "an IPv4-mapped address is the IPv4 client");
    }

    @Test
    void anUntrustedPeerCannotChooseItsClientAddress() throws IOException {
        assumeLoopbackIpv4();
        for (int i = 1; i <= 3; i++) {
            RawHttp.Response ok = from("127.0.0.2", "203.0.113." + i);
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(String.valueOf(3 - i), ok.header(ApiRateLimitFilter.REMAINING),
                    "every request counts against the peer, whatever X-Forwarded-For says");
        }
        RawHttp.Response limited = from("127.0.0.2", "203.0.113.99");
        assertEquals(429, limited.status(), limited::toString);
        assertEquals("application/problem+json", limited.contentType());
    }
}
