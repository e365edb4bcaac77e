package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Nip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may do with a case or a track now, read from {@link ReportWorkflow}: the actions
 * its roles take from the current state, narrowed by the case's own preconditions, a ppk's agency and
 * whether a follow-up is overdue. Shared by the transitions (to refuse) and the views (to list).
 */
@ApplicationScoped
public class WorkflowActions {

    private static final List<TrackAction> ESCALATIONS =
            List.of(TrackAction.PERINGATAN, TrackAction.TEGURAN, TrackAction.BLOKIR_DATA);

    @Inject
    Caller caller;

    @Inject
    ReportAccess access;

    @Inject
    CalendarService calendar;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    ElectionService elections;

    /**
     * The case actions the caller may take now: its roles' rows from the current state, less those the
     * case's own preconditions refuse ({@link #refusal}); a ppk acts only on its own agency's case.
     */
    public List<CaseAction> allowedActions(Report report) {
        Set<String> roles = roles();
        List<CaseAction> actions = new ArrayList<>(ReportWorkflow.caseActions(report.status, roles));
        actions.removeIf(a -> refusal(report, a) != null || (isPpkCaseAction(a, roles) && !ownCase(report)));
        if (report.employees.stream().allMatch(e -> e.nip != null)) {
            actions.remove(CaseAction.LINK_EMPLOYEE);
        }
        return actions;
    }

    /** The track actions the caller may take now: its agency's follow-up for a ppk, escalation when overdue. */
    public List<TrackAction> allowedActions(ReportTrack track) {
        Set<String> roles = roles();
        List<TrackAction> actions = new ArrayList<>(ReportWorkflow.trackActions(track.status, track.escalationLevel, roles));
        actions.removeIf(a -> (isPpkAction(a, roles) && !ownAgency(track)) || !decides(track, a, roles)
                || refusal(track, a) != null);
        if (!overdue(track)) {
            actions.removeAll(ESCALATIONS);
        }
        LocalDate ends = TrackRules.sanctionEndsOn(track);
        if (ends == null || calendar.today().isBefore(ends)) {
            actions.remove(TrackAction.SANCTION_ENDED);
        }
        return actions;
    }

    public boolean overdue(ReportTrack track) {
        return TrackRules.overdue(track, calendar.today());
    }

    public boolean overdue(Report report) {
        return deadlines.overdue(report);
    }

    /** The caller's track on this case for the employee with this NIP; 404 when there is none it sees. */
    ReportTrack track(Report report, String rawNip) {
        String nip = Nip.parse(rawNip, "nip", calendar.latestPossibleToday()).value();
        return report.tracks.stream().filter(t -> t.nip.equals(nip)).filter(access::seesTrack).findFirst()
                .orElseThrow(() -> ApiException.notFound("TRACK_NOT_FOUND", report.caseNumber, nip));
    }

    /**
     * The row for this case action from the current state. In this order: 403 if the caller's roles
     * never take the action, the {@code If-Match} check, 409 if the state does not allow it.
     */
    ReportWorkflow.CaseRow caseRow(Report report, CaseAction action, String ifMatch) {
        requireRole(report, action);
        EntityTags.requireMatch(ifMatch, report.version);
        return stateRow(report, action);
    }

    /** As {@link #caseRow}, for a step pushed with a case being filed: there is no earlier version to match. */
    ReportWorkflow.CaseRow pushedRow(Report report, CaseAction action) {
        requireRole(report, action);
        return stateRow(report, action);
    }

    private void requireRole(Report report, CaseAction action) {
        Set<String> roles = roles();
        boolean ever = ReportWorkflow.CASE.stream().anyMatch(r -> r.action() == action && holds(r.roles(), roles));
        if (!ever || (isPpkCaseAction(action, roles) && !ownCase(report))) {
            throw forbidden(action, report.status, allowedActions(report));
        }
    }

    private ReportWorkflow.CaseRow stateRow(Report report, CaseAction action) {
        Set<String> roles = roles();
        ReportWorkflow.CaseRow row = ReportWorkflow.caseRow(report.status, action).filter(r -> holds(r.roles(), roles))
                .orElseThrow(() -> notAllowed(action, report.status, allowedActions(report)));
        ApiException refused = refusal(report, action);
        if (refused != null) {
            throw refused.with("currentState", report.status).with("allowedActions", allowedActions(report));
        }
        return row;
    }

    /**
     * May the caller correct the case now: the roles holding it at its stage ({@link ReportWorkflow#holders}),
     * a ppk only its own agency's case. 403 for anyone else, then the {@code If-Match} check, then 409
     * {@code CORRECTION_NOT_ALLOWED} once nobody holds the case (recommended or closed).
     */
    void requireCorrection(Report report, String ifMatch) {
        Set<String> roles = roles();
        Set<String> holders = ReportWorkflow.holders(report.status);
        boolean correctsAny = Arrays.stream(ReportStatus.values())
                .anyMatch(s -> holds(ReportWorkflow.holders(s), roles));
        Set<String> acting = new HashSet<>(roles);
        if (!ownCase(report)) {
            acting.remove(Roles.PPK); // a ppk holds only its own agency's case
        }
        if (holders.isEmpty() ? !correctsAny : !holds(holders, acting)) {
            throw ApiException.forbidden("REPORT_CORRECTION_FORBIDDEN", report.status, caller.primaryRole())
                    .with("currentState", report.status).with("holders", holders);
        }
        EntityTags.requireMatch(ifMatch, report.version);
        if (holders.isEmpty()) {
            throw ApiException.conflict("CORRECTION_NOT_ALLOWED", report.status).with("currentState", report.status);
        }
    }

    /**
     * What the case itself says against an action its state allows (409), or null: Bawaslu's decision
     * period is extended once; only a complaint received directly is referred to Bawaslu; an employee
     * is summoned at most twice; one examination team per case; the authority amends its recommendation
     * while a follow-up still waits for the ppk (an agency's own conclusion is not the authority's).
     */
    static ApiException refusal(Report report, CaseAction action) {
        return switch (action) {
            case EXTEND_DECISION -> report.decisionExtended ? ApiException.conflict("DECISION_ALREADY_EXTENDED") : null;
            case REFER_TO_BAWASLU -> report.origin != ReportOrigin.INTERNAL
                    ? ApiException.conflict("REFERRAL_NOT_ALLOWED", report.origin) : null;
            case SUMMON -> report.summonsCount >= InternalExaminations.MAX_SUMMONS
                    ? ApiException.conflict("SUMMONS_EXHAUSTED", InternalExaminations.MAX_SUMMONS) : null;
            case FORM_EXAMINATION_TEAM -> report.examinationTeamDecree != null
                    ? ApiException.conflict("EXAMINATION_TEAM_ALREADY_FORMED", report.examinationTeamDecree) : null;
            case AMEND_RECOMMENDATION -> ReportWorkflow.examined(report) || report.tracks.stream()
                    .noneMatch(t -> t.status == TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK)
                    ? ApiException.conflict("RECOMMENDATION_NOT_AMENDABLE") : null;
            default -> null;
        };
    }

    /**
     * As {@link #caseRow}; a ppk acts only on its own agency's tracks, and an objection or appeal is
     * decided only by the role its election's rule names (403 otherwise).
     */
    ReportWorkflow.TrackRow trackRow(ReportTrack track, TrackAction action, String ifMatch) {
        Set<String> roles = roles();
        boolean ever = ReportWorkflow.TRACK.stream().anyMatch(r -> r.action() == action && holds(r.roles(), roles));
        if (!ever || (isPpkAction(action, roles) && !ownAgency(track)) || !decides(track, action, roles)) {
            throw forbidden(action, track.status, allowedActions(track));
        }
        EntityTags.requireMatch(ifMatch, track.version);
        ReportWorkflow.TrackRow row = ReportWorkflow.trackRow(track.status, action).filter(r -> holds(r.roles(), roles))
                .orElseThrow(() -> notAllowed(action, track.status, allowedActions(track)));
        ApiException refused = refusal(track, action);
        if (refused != null) {
            throw refused.with("currentState", track.status).with("allowedActions", allowedActions(track));
        }
        return row;
    }

    /**
     * What the track itself says against an action its state allows (409), or null: a decree is
     * delivered and copied to BKN once (a corrected decree once more).
     */
    static ApiException refusal(ReportTrack track, TrackAction action) {
        return switch (action) {
            case DELIVER_DECREE -> track.decreeDeliveredOn != null
                    ? ApiException.conflict("DECREE_ALREADY_DELIVERED", track.decreeDeliveredOn) : null;
            case REPORT_TO_BKN -> track.bknCopyOn != null
                    ? ApiException.conflict("BKN_COPY_ALREADY_SENT", track.bknCopyOn) : null;
            default -> null;
        };
    }

    /**
     * Whether the caller's roles decide this action on the track: always, unless the row from the track's
     * state is the decision of an objection or appeal, which the role named by the election's rule takes.
     */
    private boolean decides(ReportTrack track, TrackAction action, Set<String> roles) {
        return ReportWorkflow.trackRow(track.status, action).filter(ReportWorkflow.TrackRow::decidedByRule)
                .map(r -> roles.contains(elections.decider(track.report.election, ReportWorkflow.route(track.status))))
                .orElse(true);
    }

    static ApiException notAllowed(Enum<?> action, Enum<?> state, List<? extends Enum<?>> allowed) {
        return ApiException.conflict("REPORT_TRANSITION_NOT_ALLOWED", action, state)
                .with("currentState", state).with("allowedActions", allowed);
    }

    private ApiException forbidden(Enum<?> action, Enum<?> state, List<? extends Enum<?>> allowed) {
        return ApiException.forbidden("REPORT_ACTION_FORBIDDEN", action, caller.primaryRole())
                .with("currentState", state).with("allowedActions", allowed);
    }

    private Set<String> roles() {
        return Roles.ALL.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }

    private static boolean holds(Set<String> rowRoles, Set<String> callerRoles) {
        return rowRoles.stream().anyMatch(callerRoles::contains);
    }

    private boolean isPpkAction(TrackAction action, Set<String> roles) {
        return roles.contains(Roles.PPK) && ReportWorkflow.TRACK.stream()
                .anyMatch(r -> r.action() == action && r.roles().contains(Roles.PPK));
    }

    private static boolean isPpkCaseAction(CaseAction action, Set<String> roles) {
        return roles.contains(Roles.PPK) && ReportWorkflow.CASE.stream()
                .anyMatch(r -> r.action() == action && r.roles().contains(Roles.PPK));
    }

    /** A ppk's own case: every reported employee belongs to its agency (as intake requires of its reports). */
    private boolean ownCase(Report report) {
        String agency = caller.agencyCode().orElse(null);
        return agency != null && report.employees.stream()
                .allMatch(e -> e.agency != null && e.agency.code.equalsIgnoreCase(agency));
    }

    private boolean ownAgency(ReportTrack track) {
        return caller.agencyCode().map(track.agency.code::equalsIgnoreCase).orElse(false);
    }
}
