package id.netralitas.testsupport;

import id.netralitas.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.HashSet;
import java.util.List;
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

    /** A national Bawaslu officer whose integration writes under the register {@code BAWASLU-SULTRA}. */
    public static String bawaslu() {
        return sign(Jwt.upn("bawaslu@test").groups(Set.of(Roles.BAWASLU))
                .claim(Roles.CLAIM_SOURCES, java.util.List.of("BAWASLU-SULTRA")));
    }

    /** A PPK acting for the agency with this code (e.g. {@code KOTA-74.71}). */
    public static String ppk(String agencyCode) {
        return sign(Jwt.upn("ppk-" + agencyCode + "@test").groups(Set.of(Roles.PPK)).claim(Roles.CLAIM_AGENCY, agencyCode));
    }

    /** A Bawaslu officer of a province or kabupaten/kota (claim {@code region}). */
    public static String bawaslu(String region) {
        return sign(Jwt.upn("bawaslu-" + region + "@test").groups(Set.of(Roles.BAWASLU)).claim(Roles.CLAIM_REGION, region));
    }

    /** A Bawaslu integration client allowed to write under these registers (claim {@code sources}). */
    public static String bawasluClient(String... sources) {
        return sign(Jwt.upn("bawaslu-client@test").groups(Set.of(Roles.BAWASLU))
                .claim(Roles.CLAIM_SOURCES, java.util.List.of(sources)));
    }

    /** The task force's complaint system (SBT) as an integration client writing under these registers. */
    public static String verifierClient(String... sources) {
        return sign(Jwt.upn("sbt-client@test").groups(Set.of(Roles.VERIFIER))
                .claim(Roles.CLAIM_SOURCES, java.util.List.of(sources)));
    }

    /** A BKN regional office verifier (claim {@code region}). */
    public static String verifier(String region) {
        return sign(Jwt.upn("verifier-" + region + "@test").groups(Set.of(Roles.VERIFIER)).claim(Roles.CLAIM_REGION, region));
    }

    public static String monitor() {
        return sign(Jwt.upn("monitor@test").groups(Set.of(Roles.MONITOR)));
    }

    public static String monitor(String region) {
        return sign(Jwt.upn("monitor-" + region + "@test").groups(Set.of(Roles.MONITOR)).claim(Roles.CLAIM_REGION, region));
    }

    public static String custodian() {
        return sign(Jwt.upn("custodian@test").groups(Set.of(Roles.CUSTODIAN)));
    }

    public static String asn(String nip) {
        return sign(Jwt.upn(nip + "@test").groups(Set.of(Roles.ASN)).claim(Roles.CLAIM_NIP, nip));
    }

    /** An {@code asn} (with its {@code nip}) whose token carries further roles, as a shared account's might. */
    public static String asnWith(String nip, String... otherRoles) {
        Set<String> groups = new HashSet<>(Set.of(otherRoles));
        groups.add(Roles.ASN);
        return sign(Jwt.upn(nip + "@test").groups(groups).claim(Roles.CLAIM_NIP, nip)
                .claim(Roles.CLAIM_SOURCES, List.of("BAWASLU-SULTRA")));
    }

    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.upn("admin@test").groups(Set.of(Roles.ADMIN)).issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }

    private static String sign(JwtClaimsBuilder builder) {
        return builder.expiresIn(3600).sign();
    }
}
