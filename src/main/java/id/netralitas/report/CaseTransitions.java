package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.web.Ids;
import id.netralitas.common.web.Tagged;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.Nip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Applies a case row of {@link ReportWorkflow}: checks role, {@code If-Match}, state and required
 * fields; sets what the action records, the next status and the time limit it starts; and writes the
 * history, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class CaseTransitions {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportRepository reports;

    @Inject
    EmployeeRepository employees;

    @Inject
    CalendarService calendar;

    @Inject
    WorkflowActions actions;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Recommendations recommendations;

    @Inject
    TransitionHistory history;

    @Inject
    InternalExaminations examinations;

    @Inject
    StepDates stepDates;

    @Inject
    CaseMerges merges;

    @Inject
    ReportAccess access;

    @Inject
    ReportViews views;

    /** Moves the case and answers with its new view. */
    public Tagged<ReportResponse> transition(String reportId, TransitionRequests.CaseTransition request, String ifMatch) {
        Report report = queries.get(reportId);
        move(report, request, actions.caseRow(report, request.action(), ifMatch));
        return new Tagged<>(views.of(report), report.version);
    }

    /**
     * A step the case already took in the submitter's register, pushed with it as it is filed
     * ({@code steps}): the row, role, field and date checks of a transition, without {@code If-Match}
     * (the case is being created in this transaction). A refused step's field errors are named under
     * {@code prefix}; a refusal without a field names the step's action.
     */
    void pushed(Report report, TransitionRequests.CaseTransition step, String prefix) {
        try {
            move(report, step, actions.pushedRow(report, step.action()));
        } catch (ApiException e) {
            if (e.violations().isEmpty()) {
                e.violation(FieldViolation.of("action", "STEP_REFUSED", step.action(), e.code()));
            }
            throw e.under(prefix);
        }
    }

    private void move(Report report, TransitionRequests.CaseTransition request, ReportWorkflow.CaseRow row) {
        CaseAction action = request.action();
        request.requireFields(row.required());

        ReportStatus from = report.status;
        TransitionHistory.Change change = new TransitionHistory.Change(request.note(), request.legalBasis(),
                request.documentNumber());
        LocalDate on = stepDates.of(report, request.occurredOn(), change);
        apply(report, request, change);
        ReportStatus to = action == CaseAction.REOPEN ? reopenTarget(report) : row.to();
        if (to != null) {
            report.status = to;
            report.statusChangedAt = Instant.now();
        }
        deadlines.afterTransition(report, row, on);
        report.touch();
        history.record(report, null, action == CaseAction.LINK_EMPLOYEE ? ReportEvent.Type.EMPLOYEE_LINKED
                : ReportEvent.Type.TRANSITION, action, from, report.status, change);
        history.completeIfDone(report);
        reports.flush();
    }

    /** What the action itself records on the case, beside the status. */
    private void apply(Report report, TransitionRequests.CaseTransition request, TransitionHistory.Change change) {
        switch (request.action()) {
            case REGISTER -> {
                report.registrationNumber = request.registrationNumber().trim();
                change.document(report.registrationNumber);
                change.detail("registrationNumber: -> " + report.registrationNumber);
            }
            case FORWARD -> {
                report.forwardLetterNumber = request.forwardLetterNumber().trim();
                report.gakkumdu = Boolean.TRUE.equals(request.gakkumdu());
                change.document(report.forwardLetterNumber);
                change.detail("forwardLetterNumber: -> " + report.forwardLetterNumber)
                        .detail("gakkumdu: -> " + report.gakkumdu);
            }
            case EXTEND_DECISION -> report.decisionExtended = true;
            case MARK_DUPLICATE -> markDuplicate(report, request.duplicateOf(), change);
            case LINK_EMPLOYEE -> link(report, request.employeeLink(), change);
            case RECOMMEND -> {
                recommendations.recommend(report, request.recommendation(), change);
                change.document(report.recommendationNumber);
            }
            case AMEND_RECOMMENDATION -> {
                recommendations.amend(report, request.recommendation(), change);
                change.document(request.recommendation().letterNumber().trim());
            }
            case SUMMON, RECORD_EXAMINATION, FORM_EXAMINATION_TEAM, CONCLUDE_EXAMINATION ->
                    examinations.apply(report, request, change);
            default -> {
            }
        }
    }

    /** Marks the case a duplicate of a case the caller sees, and merges it into the case that survives. */
    private void markDuplicate(Report report, String duplicateOf, TransitionHistory.Change change) {
        Report original = CaseMerges.survivor(findReport(duplicateOf));
        if (original.id.equals(report.id)) {
            throw ApiException.invalidField("duplicateOf", "DUPLICATE_OF_ITSELF");
        }
        report.duplicateOf = original;
        change.document(original.caseNumber);
        change.detail("duplicateOf: -> " + original.caseNumber);
        merges.merge(report, original, change);
    }

    private void link(Report report, TransitionRequests.EmployeeLink linkRequest, TransitionHistory.Change change) {
        ReportEmployee named = report.employees.stream().filter(e -> e.position == linkRequest.position()).findFirst()
                .orElseThrow(() -> ApiException.invalidField("employeeLink.position", "EMPLOYEE_POSITION_UNKNOWN",
                        linkRequest.position()));
        if (named.nip != null) {
            throw ApiException.conflict("EMPLOYEE_ALREADY_LINKED", linkRequest.position(), named.nip);
        }
        String nip = Nip.parse(linkRequest.nip(), "employeeLink.nip", calendar.latestPossibleToday()).value();
        if (report.employees.stream().anyMatch(e -> nip.equals(e.nip))) {
            throw ApiException.invalidField("employeeLink.nip", "DUPLICATE", nip);
        }
        Employee employee = employees.findByNip(nip).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of("employeeLink.nip", "EMPLOYEE_UNKNOWN", nip)));
        named.nip = nip;
        named.employee = employee;
        named.agency = employee.agency;
        change.detail("position " + named.position + " (" + named.name + "): nip -> " + nip);
    }

    /** The state a reopened case returns to: the one it left for its current closed state. */
    private ReportStatus reopenTarget(Report report) {
        return reports.getEntityManager()
                .createQuery("select e.fromState from ReportEvent e where e.reportId = :id and e.toState = :to "
                        + "and e.type in :types order by e.seq desc", String.class)
                .setParameter("id", report.id).setParameter("to", report.status.name())
                .setParameter("types", List.of(ReportEvent.Type.TRANSITION, ReportEvent.Type.COMPLETED))
                .setMaxResults(1).getResultStream().findFirst().map(ReportStatus::valueOf)
                .orElseThrow(() -> ApiException.conflict("REOPEN_TARGET_UNKNOWN", report.status));
    }

    private Report findReport(String idOrCaseNumber) {
        String key = idOrCaseNumber.trim();
        return (Ids.isUuid(key) ? reports.findByPublicId(key)
                : reports.find("caseNumber", key.toUpperCase(Locale.ROOT)).firstResultOptional()).filter(access::inScope)
                .orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                        .violation(FieldViolation.of("duplicateOf", "REPORT_UNKNOWN", key)));
    }
}
