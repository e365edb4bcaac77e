package id.netralitas.report;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One time a reporter's identity was shown to someone: append-only, read by custodians and admins. */
@Entity
@Table(name = "identity_disclosure")
public class IdentityDisclosure extends GeneratedIdEntity {

    /** Why the recipient could see it. */
    public enum Ground {
        /** The intake unit in scope reading the case. */
        INTAKE_SCOPE,
        /** An approved identity access request. */
        ACCESS_REQUEST
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    public String disclosedTo;

    public String recipientRole;

    @Enumerated(EnumType.STRING)
    public Ground ground;

    @ManyToOne(fetch = FetchType.LAZY)
    public IdentityAccessRequest request;

    public String operation;

    public Instant disclosedAt;
}
