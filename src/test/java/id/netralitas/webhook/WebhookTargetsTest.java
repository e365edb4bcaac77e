package id.netralitas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only checks: nothing here connects anywhere, and the resolver is the test one (no DNS). */
class WebhookTargetsTest {

    static WebhookConfig config(boolean allowPrivate) {
        return new WebhookConfig() {
            public boolean allowPrivateTargets() { return allowPrivate; }
            public Duration subscriptionLifetime() { return Duration.ofDays(90); }
            public int maxAttempts() { return 10; }
            public Duration backoffBase() { return Duration.ofSeconds(10); }
            public Duration backoffMax() { return Duration.ofHours(1); }
            public Duration requestTimeout() { return Duration.ofSeconds(10); }
            public Duration lease() { return Duration.ofSeconds(60); }
            public String pollEvery() { return "1s"; }
            public int batchSize() { return 50; }
        };
    }

    static WebhookTargets targets(boolean allowPrivate, WebhookResolver resolver) {
        WebhookTargets targets = new WebhookTargets();
        targets.config = config(allowPrivate);
        targets.resolver = resolver;
        return targets;
    }

    private static WebhookTargets targets(boolean allowPrivate) {
        return targets(allowPrivate, new TestWebhookResolver()
                .map("metadata.google.internal", "169.254.169.254")
                .map("intranet.test", "10.1.2.3")
                .map("mixed.test", "93.184.216.34", "192.168.1.10")
                .map("public.test", "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"));
    }

    /** Non-public addresses, in every spelling the resolver may answer; none of them is ever allowed. */
    private static final List<String> NEVER = List.of(
            // RFC 1918, carrier-grade NAT
            "http://10.0.0.1/x", "http://10.255.255.255/x", "http://172.16.0.1/x", "http://172.31.255.254/x",
            "http://192.168.0.1/x", "http://100.64.0.1/x", "http://100.127.255.254/x",
            // link-local and cloud metadata
            "http://169.254.169.254/latest/meta-data", "http://169.254.1.1/x", "http://169.254.170.2/v2",
            "http://100.100.100.200/latest", "http://192.0.0.192/opc/v2", "http://168.63.129.16/machine",
            "http://[fd00:ec2::254]/latest", "http://[fe80::1]/x", "http://metadata.google.internal/computeMetadata",
            // unspecified, multicast, broadcast, reserved, documentation, benchmarking
            "http://0.0.0.0/x", "http://0.1.2.3/x", "http://[::]/x", "http://224.0.0.1/x", "http://239.255.255.250/x",
            "http://[ff02::1]/x", "http://255.255.255.255/x", "http://240.0.0.1/x", "http://192.0.2.10/x",
            "http://198.18.0.1/x", "http://[2001:db8::1]/x", "http://[100::1]/x", "http://[fec0::1]/x",
            // IPv6 unique-local
            "http://[fc00::1]/x", "http://[fdff:ffff::1]/x",
            // IPv4-mapped and -compatible, NAT64 and 6to4 forms of private and metadata addresses
            "http://[::ffff:10.0.0.1]/x", "http://[::ffff:a9fe:a9fe]/x", "http://[::ffff:192.168.1.1]/x",
            "http://[::10.0.0.1]/x", "http://[::a00:1]/x", "http://[64:ff9b::a00:1]/x",
            "http://[64:ff9b::169.254.169.254]/x", "http://[64:ff9b::7f00:1]/x", "http://[64:ff9b:1::1]/x",
            "http://[2002:a00:1::1]/x", "http://[2002:a9fe:a9fe::1]/x", "http://[2002:7f00:1::1]/x",
            "http://[2001::1]/x", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x",
            // names answering such addresses, also when only one of several is one
            "https://intranet.test/hook", "https://mixed.test/hook");

    private static final List<String> LOOPBACK = List.of("http://127.0.0.1/hook", "http://127.1.2.3:8080/x",
            "http://localhost:8080/x", "http://[::1]/x", "http://[::ffff:127.0.0.1]/x");

    @Test
    void nonPublicAddressesAreRefusedAlsoWhereLoopbackIsAllowed() {
        for (boolean allowPrivate : new boolean[] {false, true}) {
            WebhookTargets targets = targets(allowPrivate);
            for (String url : NEVER) {
                assertTrue(targets.refusal(url).isPresent(), url + " allowed with allow-private-targets=" + allowPrivate);
            }
        }
    }

    @Test
    void loopbackOnlyWhereAllowed() {
        for (String url : LOOPBACK) {
            assertTrue(targets(false).refusal(url).isPresent(), url);
            assertEquals(Optional.empty(), targets(true).refusal(url), url);
        }
    }

    @Test
    void publicAddressesAreAccepted() {
        for (String url : List.of("https://93.184.216.34/hook", "http://172.32.0.1/x", "http://100.128.0.1/x",
                "http://11.0.0.1/x", "http://192.169.0.1/x", "http://169.255.0.1/x", "https://public.test/bawaslu/hook",
                "http://[2606:2800:220:1:248:1893:25c8:1946]/x", "http://[64:ff9b::5db8:d822]/x",
                "http://[2002:5db8:d822::1]/x", "http://[::ffff:93.184.216.34]/x")) {
            assertEquals(Optional.empty(), targets(false).refusal(url), url);
        }
    }

    @Test
    void theRefusalDoesNotTellWhatTheHostResolvedTo() throws Exception {
        WebhookTargets targets = targets(false);
        String unresolvable = targets.refusal("https://nowhere.test/hook").orElseThrow();
        String internal = targets.refusal("https://intranet.test/hook").orElseThrow();
        assertEquals(unresolvable.replace("nowhere.test", "HOST"), internal.replace("intranet.test", "HOST"));
        assertTrue(!internal.contains("10.1.2.3"), internal);
        WebhookTargets.Refused refused = assertThrows(WebhookTargets.Refused.class,
                () -> targets.check("https://intranet.test/hook"));
        assertTrue(refused.getMessage().contains("10.1.2.3") && refused.getMessage().contains("private"),
                "the server log gets the details: " + refused.getMessage());
    }

    @Test
    void theCheckedTargetCarriesTheAddressesItChecked() throws Exception {
        WebhookTarget target = targets(false).check("https://public.test/bawaslu/hook?token=a%20b");
        assertEquals("public.test", target.host());
        assertEquals(443, target.port());
        assertTrue(target.https());
        assertEquals("/bawaslu/hook?token=a%20b", target.requestUri());
        assertEquals(List.of(InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("[2606:2800:220:1:248:1893:25c8:1946]")), target.addresses());
        assertEquals(InetAddress.getByName("93.184.216.34"), target.address());
        WebhookTarget plain = targets(false).check("http://[2606:2800:220:1:248:1893:25c8:1946]:8080");
        assertEquals("[2606:2800:220:1:248:1893:25c8:1946]", plain.host());
        assertEquals(8080, plain.port());
        assertEquals("/", plain.requestUri());
    }

    @Test
    void onlyPlainHttpUrlsWithAHost() {
        WebhookTargets any = targets(true);
        assertTrue(any.refusal("ftp://example.org/x").isPresent());
        assertTrue(any.refusal("file:///etc/passwd").isPresent());
        assertTrue(any.refusal("http:///nohost").isPresent());
        assertTrue(any.refusal("https://user:pass@127.0.0.1/x").isPresent());
        assertTrue(any.refusal("http://127.0.0.1/x#fragment").isPresent());
        assertTrue(any.refusal("not a url").isPresent());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.config = config(false);
        assertEquals(Duration.ofSeconds(10), dispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(20), dispatcher.backoff(2));
        assertEquals(Duration.ofSeconds(80), dispatcher.backoff(4));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(12));
    }
}
