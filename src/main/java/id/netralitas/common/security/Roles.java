package id.netralitas.common.security;

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

    /** Token claim naming the agency a {@code ppk} acts for: the agency code, e.g. {@code KOTA-74.71}. */
    public static final String CLAIM_AGENCY = "agency";
    /** Token claim naming the employee an {@code asn} token belongs to. */
    public static final String CLAIM_NIP = "nip";

    private Roles() {
    }
}
