package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant START = Instant.parse("2024-02-14T00:00:00Z");

    @Test
    void countsPerKeyWithinAWindowAndResetsAfterIt() {
        MutableClock clock = new MutableClock(START);
        RateLimiter limiter = new RateLimiter(clock);
        Duration minute = Duration.ofMinutes(1);
        for (int i = 1; i <= 3; i++) {
            RateLimiter.Decision d = limiter.acquire("api", "10.0.0.1", 3, minute);
            assertTrue(d.allowed());
            assertEquals(3 - i, d.remaining());
            assertEquals(60, d.resetSeconds());
        }
        clock.now = clock.now.plusSeconds(20);
        RateLimiter.Decision refused = limiter.acquire("api", "10.0.0.1", 3, minute);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.resetSeconds());
        assertTrue(limiter.acquire("api", "10.0.0.2", 3, minute).allowed(), "other clients are not affected");
        assertTrue(limiter.acquire("intake", "10.0.0.1", 3, minute).allowed(), "policies count separately");
        clock.now = clock.now.plusSeconds(40);
        assertTrue(limiter.acquire("api", "10.0.0.1", 3, minute).allowed(), "a new window starts afresh");
    }

    @Test
    void trackedKeysStayBounded() {
        MutableClock clock = new MutableClock(START);
        RateLimiter limiter = new RateLimiter(clock);
        for (int i = 0; i < RateLimiter.MAX_TRACKED_KEYS + 10; i++) {
            limiter.acquire("api", "client-" + i, 10, Duration.ofMinutes(1));
        }
        assertTrue(limiter.trackedKeys() <= RateLimiter.MAX_TRACKED_KEYS);
    }
}
