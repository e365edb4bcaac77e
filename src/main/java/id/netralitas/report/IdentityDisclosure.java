package id.netralitas.report;

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
import java.time.Instant;

/** One time a reporter's identity was shown to someone: append-only, read by custodians and admins. */
@Entity
@Table(name = "identity_disclosure")
public class IdentityDisclosure {

    /** Why the recipient could see it. */
    public enum Ground {
        /** The intake unit in scope reading the case. */
        INTAKE_SCOPE,
        /** An approved identity access request. */
        ACCESS_REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    public String disclosedTo;

    public String recipientRole;

    @Enumerated(EnumType.STRING)
    public Ground ground;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    public IdentityAccessRequest request;

    public String operation;

    public Instant disclosedAt;
}
