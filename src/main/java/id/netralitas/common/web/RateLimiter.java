package id.netralitas.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request counters per policy and client key (such as a client address). Counts live
 * in this replica's memory: with N replicas a client gets at most N times the limit, which is the
 * intended trade-off for a stateless service (the limits protect the service; they are not quotas).
 * The number of tracked keys is bounded, so a flood of distinct addresses cannot exhaust memory.
 */
@ApplicationScoped
public class RateLimiter {

    static final int MAX_TRACKED_KEYS = 200_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Outcome of one request against a policy: whether it may proceed and what the headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(long startMillis, long lengthMillis, AtomicInteger count) {
        boolean expired(long now) {
            return now >= startMillis + lengthMillis;
        }
    }

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request of {@code key} under {@code policy}, allowing at most {@code limit} per window. */
    public Decision acquire(String policy, String key, int limit, Duration window) {
        long now = clock.millis();
        String id = policy + '|' + key;
        if (windows.size() >= MAX_TRACKED_KEYS && !windows.containsKey(id)) {
            evictExpired(now);
        }
        Window current = windows.compute(id, (k, existing) -> existing == null || existing.expired(now)
                ? new Window(now, window.toMillis(), new AtomicInteger()) : existing);
        int used = current.count().incrementAndGet();
        long resetMillis = current.startMillis() + current.lengthMillis() - now;
        long resetSeconds = Math.max(1, (resetMillis + 999) / 1000);
        return new Decision(used <= limit, limit, Math.max(0, limit - used), resetSeconds);
    }

    /** How {@code key} stands under {@code policy} now, without counting a request. */
    public Decision peek(String policy, String key, int limit, Duration window) {
        long now = clock.millis();
        Window current = windows.get(policy + '|' + key);
        if (current == null || current.expired(now)) {
            return new Decision(true, limit, limit, Math.max(1, window.toSeconds()));
        }
        int used = current.count().get();
        long resetMillis = current.startMillis() + current.lengthMillis() - now;
        return new Decision(used < limit, limit, Math.max(0, limit - used), Math.max(1, (resetMillis + 999) / 1000));
    }

    private void evictExpired(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (it.next().expired(now)) {
                it.remove();
            }
        }
        if (windows.size() >= MAX_TRACKED_KEYS) {
            // Still full of live windows: start afresh rather than grow without bound.
            windows.clear();
        }
    }

    int trackedKeys() {
        return windows.size();
    }
}
