package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertEquals("203.0.113.7", ClientKeys.of("203.0.113.7"));
        assertNotEquals(ClientKeys.of("203.0.113.7"), ClientKeys.of("203.0.113.8"));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        String key = ClientKeys.of("2001:db8:1:2::1");
        assertEquals("2001:db8:1:2::/64", key);
        assertEquals(key, ClientKeys.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"), "the whole /64 is one client");
        assertEquals(key, ClientKeys.of("[2001:db8:1:2:a:b:c:d]"), "bracketed");
        assertEquals(key, ClientKeys.of("2001:DB8:1:2::9%eth0"), "zone and upper case");
        assertNotEquals(key, ClientKeys.of("2001:db8:1:3::1"), "the next /64 is another client");
        assertEquals("0:0:0:0::/64", ClientKeys.of("::1"));
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsTheIpv4Address() {
        assertEquals("203.0.113.7", ClientKeys.of("::ffff:203.0.113.7"));
        assertEquals("203.0.113.7", ClientKeys.of("0:0:0:0:0:ffff:cb00:7107"));
        assertNotEquals(ClientKeys.of("::ffff:203.0.113.7"), ClientKeys.of("::ffff:203.0.113.8"),
                "not folded into one /64 with its neighbours");
    }

    @Test
    void anythingElseIsKeptAsTextWithoutResolvingIt() {
        assertEquals("other:ingress.example", ClientKeys.of("Ingress.Example"));
        assertEquals("other:" + "x".repeat(ClientKeys.MAX_OTHER_LENGTH), ClientKeys.of("x".repeat(5000)));
        assertEquals("unknown", ClientKeys.of(""));
        assertEquals("unknown", ClientKeys.of((String) null));
    }

    @Test
    void forwardingWithoutATrustedProxyRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> ForwardedHeadersGuard.check(true, List.of()));
        assertThrows(IllegalStateException.class, () -> ForwardedHeadersGuard.check(true, List.of(" ")));
        ForwardedHeadersGuard.check(true, List.of("10.0.0.0/8"));
        ForwardedHeadersGuard.check(false, List.of());
    }
}
