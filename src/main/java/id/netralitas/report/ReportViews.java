package id.netralitas.report;

import id.netralitas.common.security.PersonalDataCipher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Renders reports for the current caller: the reporter's identity only where {@link ReportAccess} allows it. */
@RequestScoped
public class ReportViews {

    @Inject
    ReportAccess access;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    WorkflowActions workflow;

    /** The report as the caller may see it ({@link ReportAccess}): reporter, tracks and actions in scope. */
    public ReportResponse of(Report r) {
        return of(r, access.seesReporter(r) ? reporter(r) : null, false);
    }

    /**
     * The answer a public submitter (no account, or an {@code asn} filing as a citizen) gets: what they
     * sent, without anything the service knows beyond it (no register name or agency of the named
     * employees, no likely duplicates, no tracks or actions); their own identity only on the first answer.
     */
    public ReportResponse forPublicSubmitter(Report r, boolean firstAnswer) {
        return of(r, firstAnswer ? reporter(r) : null, true);
    }

    /** The reporter's identity, decrypted; null for an anonymous report. */
    ReportResponse.ReporterResponse reporter(Report r) {
        return !r.anonymous && r.reporterNameEncrypted != null
                ? new ReportResponse.ReporterResponse(cipher.decrypt(r.reporterNameEncrypted),
                cipher.decrypt(r.reporterNikEncrypted), cipher.decrypt(r.reporterPhoneEncrypted),
                cipher.decrypt(r.reporterEmailEncrypted), cipher.decrypt(r.reporterAddressEncrypted))
                : null;
    }

    private ReportResponse of(Report r, ReportResponse.ReporterResponse reporter, boolean publicView) {
        return new ReportResponse(r.publicId, r.caseNumber, r.origin, r.channel, r.election.code, r.candidatePhase,
                r.candidateName, r.candidateOffice, r.incidentDate, r.knownDate, r.receivedAt, r.incidentRegionCode,
                r.incidentPlace, r.description,
                r.violationTypes.stream().sorted(Comparator.comparing(v -> v.code))
                        .map(v -> new ReportResponse.ViolationTypeRef(v.code, v.violationType.revision,
                                v.violationType.descriptionEn)).toList(),
                r.employees.stream().map(e -> publicView
                        ? new ReportResponse.ReportedEmployeeResponse(e.position, e.nip, e.employee == null ? e.name : null,
                        null, null, e.agencyText, e.jabatan)
                        : new ReportResponse.ReportedEmployeeResponse(e.position, e.nip, e.name,
                        e.agency == null ? null : e.agency.code, e.agency == null ? null : e.agency.name, e.agencyText,
                        e.jabatan)).toList(),
                r.anonymous, r.confidential, reporter, r.externalSource, r.externalId, r.intakeAuthorityCode,
                r.handlingAuthorityCode, r.status, r.lateReport, r.reportingDeadline,
                publicView ? List.of() : duplicates.of(r).stream().filter(d -> access.inScope(d.other))
                        .map(d -> new ReportResponse.DuplicateRef(d.other.publicId, d.other.caseNumber, d.reason.name()))
                        .toList(),
                r.updatedAt, r.registrationNumber, r.forwardLetterNumber, r.gakkumdu,
                r.duplicateOf == null ? null : new ReportResponse.CaseRef(r.duplicateOf.publicId, r.duplicateOf.caseNumber),
                r.deadlineDue == null ? null
                        : new ReportResponse.DeadlineResponse(r.deadlineKind, r.deadlineDue, workflow.overdue(r)),
                r.recommendationNumber == null ? null : new ReportResponse.RecommendationResponse(r.recommendationIssuer,
                        r.recommendationNumber, r.recommendationDate),
                publicView ? List.of() : r.tracks.stream().filter(access::seesTrack).map(this::of).toList(),
                publicView ? List.of() : workflow.allowedActions(r));
    }

    public TrackResponse of(ReportTrack t) {
        return new TrackResponse(t.report.publicId, t.report.caseNumber, t.nip, t.reportEmployee.name, t.agency.code,
                t.status, t.proven, t.recommendedSanction, t.recommendedAt, t.deadlineDue, workflow.overdue(t),
                t.escalationLevel, t.decreeNumber, t.decreeDate, t.sanctionCode, t.durationMonths, t.effectiveDate,
                TrackRules.sanctionedWithinDeadline(t),
                t.appealKind, t.version, workflow.allowedActions(t));
    }
}
