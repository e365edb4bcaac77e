package id.netralitas.report;

import java.time.Instant;

public record EventResponse(
        long seq,
        ReportEvent.Type type,
        String action,
        String fromState,
        String toState,
        String nip,
        String actor,
        String actorRole,
        Instant occurredAt,
        String note,
        String legalBasis,
        String documentNumber,
        String details,
        String hash) {

    /** The submitter (actor of RECEIVED) only when the caller may see the reporter. */
    static EventResponse of(ReportEvent e, boolean withSubmitter) {
        String actor = e.type == ReportEvent.Type.RECEIVED && !withSubmitter ? null : e.actor;
        return new EventResponse(e.seq, e.type, e.action, e.fromState, e.toState, e.trackNip, actor, e.actorRole,
                e.occurredAt, e.note, e.legalBasis, e.documentNumber, e.details, e.hash);
    }
}
