package id.netralitas.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a case's append-only history (written by {@link ReportHistory}, never updated). */
@Entity
@Immutable
@Table(name = "report_event")
public class ReportEvent {

    /** What happened. */
    public enum Type { RECEIVED, TRANSITION, TRACK_TRANSITION, EVIDENCE_ADDED, MESSAGE_ADDED, EMPLOYEE_LINKED, COMPLETED }

    @Id
    public Long seq;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "track_nip", length = 18, columnDefinition = "CHAR(18)")
    public String trackNip;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    public Type type;

    @Column(length = 40)
    public String action;

    @Column(name = "from_state", length = 40)
    public String fromState;

    @Column(name = "to_state", length = 40)
    public String toState;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "actor_role", nullable = false, length = 20)
    public String actorRole;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(columnDefinition = "TEXT")
    public String note;

    @Column(name = "legal_basis", length = 500)
    public String legalBasis;

    @Column(name = "document_number", length = 100)
    public String documentNumber;

    /** Before/after of the changed fields, as {@code field: before -> after} lines. */
    @Column(columnDefinition = "TEXT")
    public String details;

    @Column(name = "prev_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String prevHash;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String hash;
}
