package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.common.security.ReadableCodes;
import id.netralitas.common.text.Text;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.AuthorityService;
import id.netralitas.regulation.ViolationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Assembles a new report from a checked request: the case number, the handling authority in force,
 * the first status, the reporting deadline and late flag, the case's first deadline, the reporter's
 * identity (encrypted) and, for a public submitter, the receipt (kept only as its hash).
 */
@ApplicationScoped
class ReportFactory {

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    ElectionService elections;

    @Inject
    AuthorityService authorities;

    @Inject
    PersonalDataCipher cipher;

    /** A new, not yet persisted report, and its receipt in clear (public submitters only, else null). */
    record Assembled(Report report, String receipt) {
    }

    Assembled assemble(ReportRequest r, Submitter submitter, IntakePolicy.Route route, IntakePolicy.External external,
                       ReportValidator.Checked checked, Instant receivedAt) {
        LocalDate receivedDate = r.receivedOn() != null ? r.receivedOn() : receivedAt.atZone(CalendarService.ZONE).toLocalDate();
        Election election = checked.election();
        Report report = new Report();
        report.publicId = UUID.randomUUID().toString();
        report.caseNumber = caseNumbers.next(receivedDate.getYear());
        report.origin = route.origin();
        report.channel = route.channel();
        report.election = election;
        report.candidatePhase = r.candidatePhase() != null ? r.candidatePhase() : election.candidatePhaseOn(checked.incident());
        report.candidateName = Text.blankToNull(r.candidateName());
        report.candidateOffice = r.candidateOffice();
        report.incidentDate = checked.incident();
        report.knownDate = checked.known();
        report.receivedAt = receivedAt;
        report.statusChangedAt = receivedAt;
        report.incidentRegionCode = checked.regionCode();
        report.incidentPlace = Text.blankToNull(r.incidentPlace());
        report.description = r.description().trim();
        report.anonymous = Boolean.TRUE.equals(r.anonymous());
        report.confidential = Boolean.TRUE.equals(r.confidential());
        reporter(report, r.reporter(), checked.reporterNik());
        report.externalSource = external.source();
        report.externalId = external.externalId();
        report.intakeAuthorityCode = authorities.on(receivedDate, AuthorityFunction.INTAKE).map(a -> a.code).orElse(null);
        report.handlingAuthorityCode = authorities.on(receivedDate, AuthorityFunction.SUPERVISION).map(a -> a.code)
                .orElseThrow(() -> ApiException.conflict("NO_HANDLING_AUTHORITY", receivedDate));
        ReportWorkflow.EntryRow entry = ReportWorkflow.entry(route.origin(), route.channel(), submitter.role());
        report.status = entry.state();
        report.receivedOn = receivedDate;
        report.lastStepOn = receivedDate;
        if (entry.start() == ReportWorkflow.DeadlineStart.FORWARD_LETTER) {
            report.forwardLetterNumber = r.forwardLetterNumber().trim();
            report.forwardLetterDate = r.forwardLetterDate();
        }
        reportingDeadline(report, receivedDate);
        String receipt = null;
        if (submitter.isPublic()) {
            receipt = ReadableCodes.generate();
            report.receiptSha256 = ReadableCodes.hash(ReadableCodes.normalize(receipt).orElseThrow());
        }
        report.submittedBy = submitter.name();
        report.submittedRole = submitter.role();
        link(report, checked);
        caseDeadline(report, entry, receivedDate);
        return new Assembled(report, receipt);
    }

    /** The history entry of a received report (after it is persisted). */
    ReportHistory.Entry received(Report report, Submitter submitter, ReportValidator.Checked checked) {
        return new ReportHistory.Entry(report.id, null, ReportEvent.Type.RECEIVED, null, null,
                report.status.name(), submitter.historyActor(), submitter.role(), null, null, report.externalId,
                "origin: " + report.origin + "\nchannel: " + report.channel + "\nelection: " + report.election.code
                        + "\nviolationTypes: " + String.join(", ", checked.typeCodes())
                        + "\nreportedEmployees: " + checked.named().size() + (report.lateReport ? "\nlateReport: true" : "")
                        + (report.receivedOn.equals(report.receivedAt.atZone(CalendarService.ZONE).toLocalDate()) ? ""
                                : "\nreceivedOn: " + report.receivedOn)
                        + (report.forwardLetterNumber == null ? ""
                                : "\nforwardLetter: " + report.forwardLetterNumber + " of " + report.forwardLetterDate));
    }

    private void reporter(Report report, ReportRequest.Reporter reporter, String nik) {
        if (reporter == null) {
            return;
        }
        report.reporterNameEncrypted = cipher.encrypt(reporter.name().trim());
        report.reporterNikEncrypted = cipher.encrypt(nik);
        report.reporterPhoneEncrypted = cipher.encrypt(Text.blankToNull(reporter.phone()));
        report.reporterEmailEncrypted = cipher.encrypt(Text.blankToNull(reporter.email()));
        report.reporterAddressEncrypted = cipher.encrypt(Text.blankToNull(reporter.address()));
    }

    /** A LAPORAN or TEMUAN has a reporting deadline from the day it became known; received after it, it is late. */
    void reportingDeadline(Report report, LocalDate receivedDate) {
        DeadlineKind kind = switch (report.origin) {
            case LAPORAN -> DeadlineKind.REPORTING;
            case TEMUAN -> DeadlineKind.FINDING;
            default -> null;
        };
        if (kind != null) {
            elections.deadline(report.election, kind, report.knownDate).ifPresent(deadline -> {
                report.reportingDeadline = deadline.dueDate();
                report.lateReport = receivedDate.isAfter(deadline.dueDate());
            });
        }
    }

    /** The entry's time limit, counted from the receipt or from the forward letter's date. */
    private void caseDeadline(Report report, ReportWorkflow.EntryRow entry, LocalDate receivedDate) {
        LocalDate from = entry.start() == ReportWorkflow.DeadlineStart.FORWARD_LETTER ? report.forwardLetterDate
                : receivedDate;
        elections.deadline(report.election, entry.deadline(), from).ifPresent(d -> {
            report.deadlineKind = entry.deadline();
            report.deadlineDue = d.dueDate();
        });
    }

    private static void link(Report report, ReportValidator.Checked checked) {
        for (ReportEmployee row : checked.named()) {
            row.report = report;
            report.employees.add(row);
        }
        for (ViolationType type : checked.types()) {
            ReportViolationType.link(report, type);
        }
    }
}
