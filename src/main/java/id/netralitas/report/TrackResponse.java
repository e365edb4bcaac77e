package id.netralitas.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportTrack", description = "One reported employee's follow-up after the recommendation. `version` is "
        + "the value to send in If-Match (as \\\"3\\\") with a transition; `overdue` when the PPK's deadline has passed "
        + "while the follow-up is awaited.")
public record TrackResponse(
        @Schema(format = "uuid", maxLength = 36) String reportId,
        @Schema(maxLength = 20) String caseNumber,
        @Schema(maxLength = 18, pattern = "^[0-9]{18}$") String nip,
        @Schema(maxLength = 150) String name,
        @Schema(description = "The agency whose PPK follows up", maxLength = 40) String agencyCode,
        TrackStatus status,
        boolean proven,
        @Schema(maxLength = 60) String recommendedSanction,
        @Schema(format = "date", maxLength = 10) LocalDate recommendedAt,
        @Schema(description = "The PPK's deadline (kept after the follow-up, to tell whether it was met)",
                format = "date", maxLength = 10) LocalDate deadlineDue,
        boolean overdue,
        EscalationLevel escalationLevel,
        @Schema(maxLength = 100) String decreeNumber,
        @Schema(format = "date", maxLength = 10) LocalDate decreeDate,
        @Schema(maxLength = 60) String sanctionCode,
        @Schema(format = "int32", minimum = "1", maximum = "120") Integer durationMonths,
        @Schema(format = "date", maxLength = 10) LocalDate effectiveDate,
        @Schema(description = "Whether the decree came on or before the deadline") Boolean sanctionedWithinDeadline,
        @Schema(maxLength = 30) String appealKind,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long version,
        @Schema(maxItems = 10) List<TrackAction> allowedActions) {
}
