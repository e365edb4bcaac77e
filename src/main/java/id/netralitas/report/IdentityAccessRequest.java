package id.netralitas.report;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An officer's request to see who reported a case, with the reason; a custodian approves or rejects
 * it. An approved request lets its requester read the identity until {@code validUntil}, each read
 * logged as an {@link IdentityDisclosure}.
 */
@Entity
@Table(name = "identity_access_request")
public class IdentityAccessRequest extends GeneratedIdEntity {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Column(unique = true, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    public String requestedBy;

    public String requesterRole;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String decidedBy;

    public String decisionNote;

    public Instant decidedAt;

    public Instant validUntil;

    @Version
    public long version;

    @Column(updatable = false)
    public Instant createdAt;

    public Instant updatedAt;

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }
}
