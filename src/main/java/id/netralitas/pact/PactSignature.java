package id.netralitas.pact;

import id.netralitas.common.persistence.VersionedEntity;
import id.netralitas.election.Election;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed pakta integritas. The signer's fields are a snapshot of the register at signing time;
 * {@link #contentSha256} covers them with the template text (see {@link PactContent}). Signatures
 * are never deleted: an admin revokes one with a reason.
 */
@Entity
@Table(name = "pact_signature")
public class PactSignature extends VersionedEntity {

    /** An individual civil servant, or an agency as a whole (signed by its PPK). */
    public enum SignerType { INDIVIDU, INSTANSI }

    /** Electronic consent by the ASN, or a wet-ink signature registered from a ceremony. */
    public enum Method { PERSETUJUAN_ELEKTRONIK, TANDA_TANGAN_BASAH }

    public enum Status { VALID, REVOKED }

    @Column(unique = true, updatable = false, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public PactTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public SignerType signerType;

    @Column(updatable = false)
    public Long employeeId;

    @Column(updatable = false, columnDefinition = "CHAR(18)")
    public String signerNip;

    public String signerName;

    public String signerGolongan;

    public String signerJabatan;

    @Column(updatable = false)
    public Long agencyId;

    public String agencyCode;

    public String agencyName;

    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Method method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(updatable = false)
    public PactCeremony ceremony;

    /** Whole seconds (see {@link PactContent#signingTime}). */
    public Instant signedAt;

    @Column(columnDefinition = "CHAR(64)")
    public String contentSha256;

    @Column(unique = true, columnDefinition = "CHAR(20)")
    public String verificationCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The NIP while the signature is valid (unique per election), null once revoked. */
    @Column(columnDefinition = "CHAR(18)")
    public String activeNip;

    /** The agency of a valid institutional signature (unique per election), null otherwise. */
    public Long activeAgencyId;

    public Instant revokedAt;

    public String revokedBy;

    public String revocationReason;

    public String createdBy;
}
