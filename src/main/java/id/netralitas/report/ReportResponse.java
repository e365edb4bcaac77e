package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A violation report. `reporter` is present only for the intake roles "
        + "(admin, verifier, bawaslu) and never for an anonymous report; a ppk never sees it. `lateReport` flags a "
        + "report received after the election's reporting deadline (`reportingDeadline`); intake officers decide on it. "
        + "`possibleDuplicates` lists earlier cases that look like the same matter.")
public record ReportResponse(
        @Schema(format = "uuid", maxLength = 36, example = "0b6f7c2e-0c1a-4a51-9d7e-6b2d8f3c4a10") String id,
        @Schema(maxLength = 20, pattern = "^NET-[0-9]{4}-[0-9]{6}$", example = "NET-2024-000123") String caseNumber,
        ReportOrigin origin,
        ReportChannel channel,
        @Schema(maxLength = 40, example = "PEMILU-2024") String electionCode,
        CandidatePhase candidatePhase,
        @Schema(maxLength = 200) String candidateName,
        CandidateOffice candidateOffice,
        @Schema(format = "date", maxLength = 10, example = "2023-12-20") LocalDate incidentDate,
        @Schema(format = "date", maxLength = 10, example = "2023-12-21") LocalDate knownDate,
        @Schema(format = "date-time", maxLength = 35) Instant receivedAt,
        @Schema(maxLength = 13, example = "74.13") String incidentRegionCode,
        @Schema(maxLength = 500) String incidentPlace,
        @Schema(maxLength = 10000) String description,
        @Schema(maxItems = 20) List<ViolationTypeRef> violationTypes,
        @Schema(maxItems = 50) List<ReportedEmployeeResponse> reportedEmployees,
        boolean anonymous,
        boolean confidential,
        ReporterResponse reporter,
        @Schema(maxLength = 40) String source,
        @Schema(maxLength = 100) String externalId,
        @Schema(description = "Authority receiving cases on the receipt date (Bawaslu)", maxLength = 60, example = "BAWASLU")
        String intakeAuthority,
        @Schema(description = "Supervising authority in force on the receipt date", maxLength = 60, example = "BKN")
        String handlingAuthority,
        ReportStatus status,
        boolean lateReport,
        @Schema(format = "date", maxLength = 10) LocalDate reportingDeadline,
        @Schema(maxItems = 100) List<DuplicateRef> possibleDuplicates,
        @Schema(format = "date-time", maxLength = 35) Instant updatedAt,
        @Schema(maxLength = 100) String registrationNumber,
        @Schema(maxLength = 100) String forwardLetterNumber,
        @Schema(description = "Forwarded in parallel to Sentra Gakkumdu (criminal track)") boolean gakkumdu,
        CaseRef duplicateOf,
        DeadlineResponse deadline,
        RecommendationResponse recommendation,
        @Schema(maxItems = 50) List<TrackResponse> tracks,
        @Schema(description = "What the caller may do now (POST /reports/{id}/transitions)", maxItems = 20)
        List<CaseAction> allowedActions) {

    @Schema(name = "CaseRef")
    public record CaseRef(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 20) String caseNumber) {
    }

    @Schema(name = "CaseDeadline", description = "The time limit the case is under now; `overdue` when its last day "
            + "has passed")
    public record DeadlineResponse(
            id.netralitas.election.DeadlineKind kind,
            @Schema(format = "date", maxLength = 10) LocalDate dueDate,
            boolean overdue) {
    }

    @Schema(name = "RecommendationDetails", description = "The supervising authority's recommendation to the PPKs")
    public record RecommendationResponse(
            @Schema(maxLength = 60, example = "BKN") String issuer,
            @Schema(maxLength = 100) String letterNumber,
            @Schema(format = "date", maxLength = 10) LocalDate letterDate) {
    }

    @Schema(name = "ReportViolationType", description = "A suspected violation type, at the catalogue version valid on "
            + "the incident date")
    public record ViolationTypeRef(
            @Schema(maxLength = 60, example = "D-06") String code,
            @Schema(format = "int32", minimum = "1", maximum = "1000", example = "2") int revision,
            @Schema(maxLength = 1000) String description) {
    }

    @Schema(name = "ReportedEmployee", description = "A civil servant the report names; `agencyCode` is set when the NIP "
            + "is linked to the register")
    public record ReportedEmployeeResponse(
            @Schema(format = "int32", minimum = "1", maximum = "50", example = "1") int position,
            @Schema(maxLength = 18, pattern = "^[0-9]{18}$") String nip,
            @Schema(maxLength = 150) String name,
            @Schema(maxLength = 40) String agencyCode,
            @Schema(maxLength = 255) String agencyName,
            @Schema(maxLength = 255) String agencyText,
            @Schema(maxLength = 255) String jabatan) {
    }

    @Schema(name = "ReporterDetails")
    public record ReporterResponse(
            @Schema(maxLength = 150) String name,
            @Schema(maxLength = 16) String nik,
            @Schema(maxLength = 20) String phone,
            @Schema(maxLength = 254) String email,
            @Schema(maxLength = 500) String address) {
    }

    @Schema(name = "DuplicateRef", description = "Another case that may concern the same matter, and why")
    public record DuplicateRef(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 20) String caseNumber,
            @Schema(description = "SAME_EMPLOYEE_AND_TYPE, SAME_EVIDENCE or SAME_LINK", maxLength = 30) String reason) {
    }
}
