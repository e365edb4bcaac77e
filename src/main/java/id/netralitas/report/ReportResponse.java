package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ReportResponse(
        String id,
        String caseNumber,
        ReportOrigin origin,
        ReportChannel channel,
        String electionCode,
        CandidatePhase candidatePhase,
        String candidateName,
        CandidateOffice candidateOffice,
        LocalDate incidentDate,
        LocalDate knownDate,
        Instant receivedAt,
        String incidentRegionCode,
        String incidentPlace,
        String description,
        List<ViolationTypeRef> violationTypes,
        List<ReportedEmployeeResponse> reportedEmployees,
        boolean anonymous,
        boolean confidential,
        ReporterResponse reporter,
        String source,
        String externalId,
        String intakeAuthority,
        String handlingAuthority,
        ReportStatus status,
        boolean lateReport,
        LocalDate reportingDeadline,
        List<DuplicateRef> possibleDuplicates,
        Instant updatedAt,
        String registrationNumber,
        String forwardLetterNumber,
        LocalDate forwardLetterDate,
        boolean gakkumdu,
        CaseRef duplicateOf,
        DeadlineResponse deadline,
        RecommendationResponse recommendation,
        ExaminationResponse examination,
        List<TrackResponse> tracks,
        List<CaseAction> allowedActions) {

    public record CaseRef(
            String id,
            String caseNumber) {
    }

    public record DeadlineResponse(
            id.netralitas.election.DeadlineKind kind,
            LocalDate dueDate,
            boolean overdue) {
    }

    public record RecommendationResponse(
            String issuer,
            String letterNumber,
            LocalDate letterDate) {
    }

    /** An agency's own examination (PP 94/2021): summonses so far, the minutes and the team's decree. */
    public record ExaminationResponse(
            int summonsCount,
            String minutesNumber,
            String teamDecree) {
    }

    public record ViolationTypeRef(
            String code,
            int revision,
            String description) {
    }

    public record ReportedEmployeeResponse(
            int position,
            String nip,
            String name,
            String agencyCode,
            String agencyName,
            String agencyText,
            String jabatan) {
    }

    public record ReporterResponse(
            String name,
            String nik,
            String phone,
            String email,
            String address) {
    }

    public record DuplicateRef(
            String id,
            String caseNumber,
            String reason) {
    }
}
