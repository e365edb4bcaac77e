package id.netralitas.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.testsupport.MutableClock;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    /** A verifier that accepts tokens named "ok-<exp seconds>" and counts its calls. */
    private static final class CountingVerifier extends JWTCallerPrincipalFactory {
        final List<String> calls = new ArrayList<>();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
            calls.add(token);
            if (!token.startsWith("ok-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setExpirationTime(NumericDate.fromSeconds(Long.parseLong(token.substring(3))));
            return new DefaultJWTCallerPrincipal(claims);
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private final MutableClock clock = new MutableClock(T0);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);
    private final JWTAuthContextInfo info = new JWTAuthContextInfo();

    private static String tokenExpiringIn(Duration d) {
        return "ok-" + T0.plus(d).getEpochSecond();
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWhileItIsValid() throws Exception {
        String token = tokenExpiringIn(Duration.ofHours(1));
        JWTCallerPrincipal first = cache.parse(token, info);
        clock.now = T0.plusSeconds(60);
        JWTCallerPrincipal second = cache.parse(token, info);
        assertSame(first, second);
        assertEquals(List.of(token), verifier.calls);
    }

    @Test
    void aTokenIsVerifiedAgainAfterItsOwnExpiry() throws Exception {
        String token = tokenExpiringIn(Duration.ofSeconds(30));
        cache.parse(token, info);
        clock.now = T0.plusSeconds(30);
        cache.parse(token, info);
        assertEquals(2, verifier.calls.size(), "an expired entry must go back to the verifier");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() throws Exception {
        String token = tokenExpiringIn(Duration.ofDays(1));
        cache.parse(token, info);
        clock.now = T0.plus(VerifiedTokenCache.MAX_AGE).minusMillis(1);
        cache.parse(token, info);
        assertEquals(1, verifier.calls.size());
        clock.now = T0.plus(VerifiedTokenCache.MAX_AGE);
        cache.parse(token, info);
        assertEquals(2, verifier.calls.size());
    }

    @Test
    void aRejectedTokenIsRejectedEveryTime() {
        assertThrows(ParseException.class, () -> cache.parse("forged", info));
        assertThrows(ParseException.class, () -> cache.parse("forged", info));
        assertEquals(List.of("forged", "forged"), verifier.calls);
        assertEquals(0, cache.size());
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() throws Exception {
        cache.parse(tokenExpiringIn(Duration.ofSeconds(-5)), info);
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBound() throws Exception {
        for (int i = 0; i < VerifiedTokenCache.MAX_ENTRIES + 10; i++) {
            cache.parse("ok-" + (T0.getEpochSecond() + 3600 + i), info);
        }
        assertEquals(true, cache.size() <= VerifiedTokenCache.MAX_ENTRIES, "size " + cache.size());
    }
}
