package id.netralitas.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each bearer token once. A client sends the same token with every request until it
 * expires, and checking its RS256 signature and claims again each time cost about a third of the
 * CPU of a lookup by NIP. A token that passed verification is kept, by its exact text, until the
 * earlier of its own {@code exp} and {@link #MAX_AGE}; a token that failed is never kept, so it
 * fails again on the next request. The cache holds at most {@link #MAX_ENTRIES} tokens.
 *
 * <p>Only the standard verification ({@link DefaultJWTCallerPrincipalFactory}) is cached: the
 * issuer, audience and key it checks are the service's fixed configuration. The short
 * {@link #MAX_AGE} bounds how long a token stays accepted after the verification key is rotated.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Verified(JWTCallerPrincipal principal, long keptUntilMillis) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
    }

    VerifiedTokenCache(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = clock.millis();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now < hit.keptUntilMillis()) {
                return hit.principal();
            }
            verified.remove(token, hit);
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        long keptUntil = Math.min(principal.getExpirationTime() * 1000L, now + MAX_AGE.toMillis());
        if (keptUntil > now) {
            if (verified.size() >= MAX_ENTRIES) {
                evict(now);
            }
            verified.put(token, new Verified(principal, keptUntil));
        }
        return principal;
    }

    int size() {
        return verified.size();
    }

    /** Drops the expired entries; if the cache is still full, starts it afresh. */
    private void evict(long now) {
        verified.values().removeIf(entry -> entry.keptUntilMillis() <= now);
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
    }
}
