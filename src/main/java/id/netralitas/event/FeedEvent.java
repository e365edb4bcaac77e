package id.netralitas.event;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the change feed; also the body of a webhook delivery. */
@Schema(name = "FeedEvent", description = "A domain event. `data` always holds identifiers and states, never a "
        + "reporter's identity or an officer's notes. Report events (REPORT_CREATED, REPORT_TRANSITION, "
        + "TRACK_TRANSITION, REPORT_EMPLOYEE_LINKED, EVIDENCE_ADDED) carry `caseNumber`, `electionCode`, `action`, "
        + "`from`, `to`, and where they apply `nip` (the track's employee) and `documentNumber`. EMPLOYEE_BLOCKED and "
        + "EMPLOYEE_UNBLOCKED carry `nip`, `agencyCode`, `reference`. SIGNATURE_CREATED and SIGNATURE_REVOKED carry the "
        + "signature's `reference`, `electionCode`, `agencyCode` and `signerType`. CATALOGUE_CHANGED carries `catalogue` "
        + "and `code`.", requiredProperties = {"position", "type", "subject", "occurredAt", "data"})
public record FeedEvent(
        @Schema(description = "Position in the feed: consecutive, in commit order; pass the last one seen as `after`",
                format = "int64", minimum = "1", maximum = "9007199254740991") long position,
        DomainEventType type,
        @Schema(description = "What the event is about: a case number, a NIP, a signature reference or a catalogue code",
                maxLength = 60) String subject,
        @Schema(format = "date-time", maxLength = 40) Instant occurredAt,
        @Schema(description = "The event's fields, by type") Map<String, Object> data) {
}
