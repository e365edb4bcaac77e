package id.netralitas.report;

import java.util.Comparator;
import java.util.List;

/**
 * Maps reports and tracks to their responses from what the caller may see, decided elsewhere
 * ({@link ReportViews}): the reporter (or null), likely duplicates in scope, visible tracks, allowed
 * actions and overdue flags come in as inputs; a public view leaves out what only officers see.
 */
final class ReportMapper {

    /** What a report's response carries beyond the report itself. */
    record Extras(ReportResponse.ReporterResponse reporter, boolean publicView, List<DuplicateCandidate> duplicates,
                  boolean overdue, List<TrackResponse> tracks, List<CaseAction> allowedActions) {
    }

    private ReportMapper() {
    }

    /** The case's violation types, by code, each with the catalogue version it was filed under. */
    static List<ReportResponse.ViolationTypeRef> violationTypes(Report r) {
        return r.violationTypes.stream().sorted(Comparator.comparing(v -> v.code))
                .map(v -> new ReportResponse.ViolationTypeRef(v.code, v.violationType.revision,
                        v.violationType.descriptionEn)).toList();
    }

    static ReportResponse toResponse(Report r, Extras x) {
        boolean publicView = x.publicView();
        return new ReportResponse(r.publicId, r.caseNumber, r.origin, r.channel, r.election.code, r.candidatePhase,
                r.candidateName, r.candidateOffice, r.incidentDate, r.knownDate, r.receivedAt, r.incidentRegionCode,
                r.incidentPlace, r.description,
                violationTypes(r),
                r.employees.stream().map(e -> employee(e, publicView)).toList(),
                r.anonymous, r.confidential, x.reporter(), r.externalSource, r.externalId, r.intakeAuthorityCode,
                r.handlingAuthorityCode, r.status, r.lateReport, r.reportingDeadline,
                publicView ? List.of() : x.duplicates().stream()
                        .map(d -> new ReportResponse.DuplicateRef(d.other.publicId, d.other.caseNumber, d.reason.name()))
                        .toList(),
                r.updatedAt, r.registrationNumber, r.forwardLetterNumber, r.forwardLetterDate, r.gakkumdu,
                r.duplicateOf == null ? null : new ReportResponse.CaseRef(r.duplicateOf.publicId, r.duplicateOf.caseNumber),
                r.deadlineDue == null ? null
                        : new ReportResponse.DeadlineResponse(r.deadlineKind, r.deadlineDue, x.overdue()),
                r.recommendationNumber == null ? null : new ReportResponse.RecommendationResponse(r.recommendationIssuer,
                        r.recommendationNumber, r.recommendationDate),
                publicView || !ReportWorkflow.examined(r) ? null : new ReportResponse.ExaminationResponse(r.summonsCount,
                        r.examinationMinutesNumber, r.examinationTeamDecree),
                publicView ? List.of() : x.tracks(),
                publicView ? List.of() : x.allowedActions());
    }

    private static ReportResponse.ReportedEmployeeResponse employee(ReportEmployee e, boolean publicView) {
        return publicView
                ? new ReportResponse.ReportedEmployeeResponse(e.position, e.nip, e.employee == null ? e.name : null,
                null, null, e.agencyText, e.jabatan)
                : new ReportResponse.ReportedEmployeeResponse(e.position, e.nip, e.name,
                e.agency == null ? null : e.agency.code, e.agency == null ? null : e.agency.name, e.agencyText,
                e.jabatan);
    }

    static TrackResponse toResponse(ReportTrack t, boolean overdue, List<TrackAction> allowedActions) {
        return new TrackResponse(t.report.publicId, t.report.caseNumber, t.nip, t.reportEmployee.name, t.agency.code,
                t.status, t.proven, t.recommendedSanction, t.recommendedAt, t.deadlineDue, overdue,
                t.escalationLevel, t.decreeNumber, t.decreeDate, t.sanctionCode, t.durationMonths, t.effectiveDate,
                TrackRules.sanctionEndsOn(t),
                TrackRules.sanctionedWithinDeadline(t),
                t.appealKind, t.decreeDeliveryNumber, t.decreeDeliveredOn, t.bknCopyNumber, t.bknCopyOn, t.version,
                allowedActions);
    }
}
