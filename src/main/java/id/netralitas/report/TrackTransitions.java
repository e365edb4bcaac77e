package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Tagged;
import id.netralitas.employee.Employee;
import id.netralitas.employee.PersonnelBlocks;
import id.netralitas.employee.EmployeeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies a track row of {@link ReportWorkflow} to one reported employee's follow-up: the PPK's
 * decree, objection and appeal, the verifier's escalation (the last of which blocks the employee's
 * personnel data until a decree lifts it) and appeal outcomes; closes the case once every track is closed.
 */
@ApplicationScoped
@Transactional
public class TrackTransitions {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportRepository reports;

    @Inject
    CalendarService calendar;

    @Inject
    WorkflowActions actions;

    @Inject
    Recommendations recommendations;

    @Inject
    PersonnelBlocks blocks;

    @Inject
    TransitionHistory history;

    @Inject
    ReportViews views;

    @Inject
    StepDates stepDates;

    /** Moves the track and answers with its new view. */
    public Tagged<TrackResponse> transition(String reportId, String nip, TransitionRequests.TrackTransition request,
                                            String ifMatch) {
        Report report = queries.get(reportId);
        ReportTrack track = actions.track(report, nip);
        TrackAction action = request.action();
        ReportWorkflow.TrackRow row = actions.trackRow(track, action, ifMatch);
        if (row.requiresLevel() != null) {
            if (!actions.overdue(track)) {
                throw ApiException.conflict("TRACK_NOT_OVERDUE", track.deadlineDue)
                        .with("currentState", track.status).with("allowedActions", actions.allowedActions(track));
            }
            if (track.escalationLevel != row.requiresLevel()) {
                throw WorkflowActions.notAllowed(action, track.status, actions.allowedActions(track));
            }
        }
        request.requireFields(row.required());
        move(report, track, row, request);
        reports.flush();
        return new Tagged<>(views.of(track), track.version);
    }

    /**
     * The sanctioned employee's own objection or appeal (through {@code /me/cases}): the same row as the
     * ppk's, taken by the employee; 409 when the track is not where the row starts.
     */
    void fileByEmployee(Report report, ReportTrack track, TrackAction action, String reason) {
        ReportWorkflow.TrackRow row = ReportWorkflow.trackRow(track.status, action)
                .filter(r -> r.roles().contains(Roles.ASN))
                .orElseThrow(() -> WorkflowActions.notAllowed(action, track.status, List.of()));
        move(report, track, row, new TransitionRequests.TrackTransition(action, reason, null, null, null, null, null));
        reports.flush();
    }

    /** Applies the row: what the action records, the level and status it sets, the history entry. */
    private void move(Report report, ReportTrack track, ReportWorkflow.TrackRow row,
                      TransitionRequests.TrackTransition request) {
        TrackStatus from = track.status;
        TransitionHistory.Change change = new TransitionHistory.Change(request.note(), request.legalBasis(),
                request.documentNumber());
        LocalDate on = stepDates.of(report, request.occurredOn(), change);
        apply(report, track, request, change, on);
        if (row.setsLevel() != null) {
            change.detail("escalationLevel: " + track.escalationLevel + " -> " + row.setsLevel());
            track.escalationLevel = row.setsLevel();
        }
        if (row.to() != null) {
            track.status = row.to();
        }
        history.record(report, track.nip, ReportEvent.Type.TRACK_TRANSITION, row.action(), from, track.status, change);
        history.completeIfDone(report);
    }

    /** What the action itself records on the track (and on the employee), beside the status. */
    private void apply(Report report, ReportTrack track, TransitionRequests.TrackTransition request,
                       TransitionHistory.Change change, LocalDate on) {
        Employee employee = track.employee;
        switch (request.action()) {
            case IMPOSE_SANCTION -> imposeSanction(report, track, request.decree(), change, on);
            case BLOKIR_DATA -> {
                blocks.block(employee, report.id, request.documentNumber().trim());
                change.detail("personnelBlocked: -> true (" + request.documentNumber().trim() + ")");
            }
            case EMPLOYEE_LEFT -> {
                // Only the register says an employee left: a PPK cannot close a follow-up by assertion.
                if (employee.status == EmployeeStatus.AKTIF || employee.status == EmployeeStatus.CUTI_DILUAR_TANGGUNGAN_NEGARA) {
                    throw ApiException.conflict("EMPLOYEE_STILL_ACTIVE", employee.nip, employee.status)
                            .with("currentState", track.status).with("allowedActions", actions.allowedActions(track));
                }
                change.detail("employeeStatus: " + employee.status);
            }
            case SANCTION_ENDED -> {
                LocalDate ends = TrackRules.sanctionEndsOn(track);
                if (ends == null || on.isBefore(ends)) {
                    throw ApiException.conflict("SANCTION_NOT_ENDED", ends == null ? "-" : ends)
                            .with("currentState", track.status).with("allowedActions", actions.allowedActions(track));
                }
                change.detail("sanction served: " + track.effectiveDate + " to " + ends);
            }
            case FILE_OBJECTION -> track.appealKind = "KEBERATAN";
            case FILE_APPEAL -> track.appealKind = "BANDING_ADMINISTRATIF";
            case CORRECT_DECREE -> {
                String before = track.decreeNumber + " of " + track.decreeDate + ", sanction " + track.sanctionCode;
                recordDecree(report, track, request.decree(), change);
                change.detail("decree corrected, was: " + before);
                if (track.decreeDeliveredOn != null || track.bknCopyOn != null) {
                    change.detail("the corrected decree is to be delivered and copied to BKN again");
                }
                track.decreeDeliveryNumber = null;
                track.decreeDeliveredOn = null;
                track.bknCopyNumber = null;
                track.bknCopyOn = null;
            }
            case DELIVER_DECREE -> {
                if (on.isBefore(track.decreeDate)) {
                    throw ApiException.invalidField("occurredOn", "DATE_ORDER", "occurredOn", track.decreeDate);
                }
                track.decreeDeliveryNumber = request.documentNumber().trim();
                track.decreeDeliveredOn = on;
                change.detail("decree delivered on " + on + " (" + track.decreeDeliveryNumber + ")");
            }
            case REPORT_TO_BKN -> {
                track.bknCopyNumber = request.documentNumber().trim();
                track.bknCopyOn = on;
                change.detail("decree copied to BKN on " + on + " (" + track.bknCopyNumber + ")");
            }
            case AMEND -> {
                String code = request.sanctionCode().trim();
                recommendations.requireAllowedSanction(report, employee, code, "sanctionCode");
                change.detail("sanctionCode: " + track.sanctionCode + " -> " + code);
                track.sanctionCode = code;
            }
            default -> {
            }
        }
    }

    /** Records the PPK's decree; a decree lifts the block this case's escalation set. */
    private void imposeSanction(Report report, ReportTrack track, TransitionRequests.Decree decree,
                                TransitionHistory.Change change, LocalDate on) {
        recordDecree(report, track, decree, change);
        track.sanctionedAt = on;
        if (blocks.lift(track.employee, report.id, track.decreeNumber)) {
            change.detail("this case's block lifted on the decree; personnelBlocked: " + track.employee.personnelBlocked);
        }
    }

    /** The decree's number, date, sanction (one the catalogue allows for the case), term and effective date. */
    private void recordDecree(Report report, ReportTrack track, TransitionRequests.Decree decree,
                              TransitionHistory.Change change) {
        if (decree.date().isAfter(calendar.latestPossibleToday())) {
            throw ApiException.invalidField("decree.date", "DATE_IN_FUTURE", decree.date());
        }
        recommendations.requireAllowedSanction(report, track.employee, decree.sanctionCode().trim(), "decree.sanctionCode");
        track.decreeNumber = decree.number().trim();
        track.decreeDate = decree.date();
        track.sanctionCode = decree.sanctionCode().trim();
        track.durationMonths = decree.durationMonths();
        track.effectiveDate = decree.effectiveDate();
        change.document(track.decreeNumber);
        change.detail("decree: " + track.decreeNumber + " of " + track.decreeDate + ", sanction " + track.sanctionCode
                + (track.durationMonths == null ? "" : " for " + track.durationMonths + " months"));
    }
}
