package id.netralitas.testsupport;

import id.netralitas.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/** Bearer tokens signed with the dev-only key, as {@code scripts/dev-token.sh} mints them. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return sign(Jwt.upn("admin@test").groups(Set.of(Roles.ADMIN)));
    }

    public static String verifier() {
        return sign(Jwt.upn("verifier@test").groups(Set.of(Roles.VERIFIER)));
    }

    public static String bawaslu() {
        return sign(Jwt.upn("bawaslu@test").groups(Set.of(Roles.BAWASLU)));
    }

    /** A PPK acting for the agency with this code (e.g. {@code KOTA-74.71}). */
    public static String ppk(String agencyCode) {
        return sign(Jwt.upn("ppk-" + agencyCode + "@test").groups(Set.of(Roles.PPK)).claim(Roles.CLAIM_AGENCY, agencyCode));
    }

    public static String asn(String nip) {
        return sign(Jwt.upn(nip + "@test").groups(Set.of(Roles.ASN)).claim(Roles.CLAIM_NIP, nip));
    }

    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.upn("admin@test").groups(Set.of(Roles.ADMIN)).issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }

    private static String sign(JwtClaimsBuilder builder) {
        return builder.expiresIn(3600).sign();
    }
}
