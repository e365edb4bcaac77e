package id.netralitas.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportEvent", description = "One entry of a case's history")
public record EventResponse(
        @Schema(description = "Position in the whole log", format = "int64", minimum = "1",
                maximum = "9007199254740991") long seq,
        ReportEvent.Type type,
        @Schema(maxLength = 40) String action,
        @Schema(maxLength = 40) String fromState,
        @Schema(maxLength = 40) String toState,
        @Schema(description = "The employee's NIP, for a track event", maxLength = 18) String nip,
        @Schema(maxLength = 100) String actor,
        @Schema(maxLength = 20) String actorRole,
        @Schema(format = "date-time", maxLength = 35) Instant occurredAt,
        @Schema(maxLength = 5000) String note,
        @Schema(maxLength = 500) String legalBasis,
        @Schema(maxLength = 100) String documentNumber,
        @Schema(description = "Changed fields, one `field: before -> after` per line", maxLength = 20000) String details,
        @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$") String hash) {

    /** The submitter (actor of RECEIVED) only when the caller may see the reporter. */
    static EventResponse of(ReportEvent e, boolean withSubmitter) {
        String actor = e.type == ReportEvent.Type.RECEIVED && !withSubmitter ? null : e.actor;
        return new EventResponse(e.seq, e.type, e.action, e.fromState, e.toState, e.trackNip, actor, e.actorRole,
                e.occurredAt, e.note, e.legalBasis, e.documentNumber, e.details, e.hash);
    }
}
