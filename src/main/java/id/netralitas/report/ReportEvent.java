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
    public enum Type { RECEIVED, TRANSITION, TRACK_TRANSITION, EVIDENCE_ADDED, MESSAGE_ADDED, EMPLOYEE_LINKED, COMPLETED, CORRECTED, MERGED,
        DOCUMENT_ADDED }

    @Id
    public Long seq;

    public Long reportId;

    @Column(columnDefinition = "CHAR(18)")
    public String trackNip;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "event_type")
    public Type type;

    public String action;

    public String fromState;

    public String toState;

    public String actor;

    public String actorRole;

    public Instant occurredAt;

    @Column(columnDefinition = "TEXT")
    public String note;

    public String legalBasis;

    public String documentNumber;

    /** Before/after of the changed fields, as {@code field: before -> after} lines. */
    @Column(columnDefinition = "TEXT")
    public String details;

    @Column(columnDefinition = "CHAR(64)")
    public String prevHash;

    @Column(columnDefinition = "CHAR(64)")
    public String hash;
}
