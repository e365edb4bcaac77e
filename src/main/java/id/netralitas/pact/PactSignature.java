package id.netralitas.pact;

import id.netralitas.election.Election;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A signed pakta integritas. The signer's fields are a snapshot of the register at signing time;
 * {@link #contentSha256} covers them with the template text (see {@link PactContent}). Signatures
 * are never deleted: an admin revokes one with a reason.
 */
@Entity
@Table(name = "pact_signature")
public class PactSignature {

    /** An individual civil servant, or an agency as a whole (signed by its PPK). */
    public enum SignerType { INDIVIDU, INSTANSI }

    /** Electronic consent by the ASN, or a wet-ink signature registered from a ceremony. */
    public enum Method { PERSETUJUAN_ELEKTRONIK, TANDA_TANGAN_BASAH }

    public enum Status { VALID, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, updatable = false,
            columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false, updatable = false)
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    public PactTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_type", nullable = false, length = 16, updatable = false)
    public SignerType signerType;

    @Column(name = "employee_id", updatable = false)
    public Long employeeId;

    @Column(name = "signer_nip", length = 18, updatable = false, columnDefinition = "CHAR(18)")
    public String signerNip;

    @Column(name = "signer_name", nullable = false, length = 150)
    public String signerName;

    @Column(name = "signer_golongan", length = 8)
    public String signerGolongan;

    @Column(name = "signer_jabatan")
    public String signerJabatan;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public Long agencyId;

    @Column(name = "agency_code", nullable = false, length = 40)
    public String agencyCode;

    @Column(name = "agency_name", nullable = false)
    public String agencyName;

    @Column(name = "region_code", length = 13)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    public Method method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ceremony_id", updatable = false)
    public PactCeremony ceremony;

    /** Whole seconds (see {@link PactContent#signingTime}). */
    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "content_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String contentSha256;

    @Column(name = "verification_code", nullable = false, unique = true, length = 20, columnDefinition = "CHAR(20)")
    public String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** The NIP while the signature is valid (unique per election), null once revoked. */
    @Column(name = "active_nip", length = 18, columnDefinition = "CHAR(18)")
    public String activeNip;

    /** The agency of a valid institutional signature (unique per election), null otherwise. */
    @Column(name = "active_agency_id")
    public Long activeAgencyId;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    public String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    public String revocationReason;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
