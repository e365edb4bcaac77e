package id.netralitas.common.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service verifies bearer tokens through {@link VerifiedTokenCache}, and a cached token is matched by its exact text. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTCallerPrincipalFactory factory;

    @Inject
    VerifiedTokenCache cache;

    @Test
    void tokensAreVerifiedThroughTheCache() {
        assertInstanceOf(VerifiedTokenCache.class, factory);
        String token = Tokens.verifier();
        Api.as(token).get("/api/v1/agencies").then().statusCode(200);
        int after = cache.size();
        Api.as(token).get("/api/v1/agencies").then().statusCode(200);
        assertEquals(after, cache.size(), "the second request reuses the entry of the first");
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRejectedAfterTheGenuineOneWasCached() {
        String token = Tokens.admin();
        Api.as(token).get("/api/v1/agencies").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        Api.invalidRequest().header("Authorization", "Bearer " + forged).get("/api/v1/agencies")
                .then().statusCode(401).contentType(equalTo("application/problem+json"));
    }

    @Test
    void anExpiredTokenIsRejected() {
        Api.invalidRequest().header("Authorization", "Bearer " + Tokens.expired()).get("/api/v1/agencies")
                .then().statusCode(401);
    }
}
