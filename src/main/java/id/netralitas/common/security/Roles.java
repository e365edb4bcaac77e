package id.netralitas.common.security;

import java.util.List;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    /** Full administration, reference data, corrections. */
    public static final String ADMIN = "admin";
    /** Officer of the supervising authority (BKN, formerly KASN): verification and recommendation. */
    public static final String VERIFIER = "verifier";
    /** Bawaslu officer or integration script: intake, findings, forwarding. */
    public static final String BAWASLU = "bawaslu";
    /** An agency's personnel official (Pejabat Pembina Kepegawaian), scoped by the {@code agency} claim. */
    public static final String PPK = "ppk";
    /** A civil servant, scoped by the {@code nip} claim. */
    public static final String ASN = "asn";
    /** A ministry or Satgas monitor (KemenPAN-RB, Kemendagri, BKN): cases and statistics, never identities. */
    public static final String MONITOR = "monitor";
    /** Decides requests to see a reporter's identity; sees no case data otherwise. */
    public static final String CUSTODIAN = "custodian";

    /** Every role, most privileged first. */
    public static final List<String> ALL = List.of(ADMIN, CUSTODIAN, VERIFIER, BAWASLU, MONITOR, PPK, ASN);

    /** Token claim naming the agency a {@code ppk} acts for: the agency code, e.g. {@code KOTA-74.71}. */
    public static final String CLAIM_AGENCY = "agency";
    /** Token claim naming the employee an {@code asn} token belongs to. */
    public static final String CLAIM_NIP = "nip";
    /**
     * Token claim scoping a {@code bawaslu}, {@code verifier} or {@code monitor} officer to a province
     * ({@code 74}) or kabupaten/kota ({@code 74.71}); without it the officer is national.
     */
    public static final String CLAIM_REGION = "region";
    /**
     * Token claim listing the external registers ({@code source} of a report) an integration client may
     * write under, e.g. {@code ["BAWASLU-74"]}: a string or an array of strings.
     */
    public static final String CLAIM_SOURCES = "sources";

    private Roles() {
    }
}
