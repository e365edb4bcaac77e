package id.netralitas.report;

import id.netralitas.common.web.Ids;
import id.netralitas.common.text.Text;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.EmployeeStatus;
import id.netralitas.employee.Nip;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.AuthorityService;
import id.netralitas.regulation.Sanction;
import id.netralitas.report.SanctionSuggestionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Applies the rows of {@link ReportWorkflow} to cases and tracks: checks the caller's role and
 * scope, the {@code If-Match}, the current state and the fields the action needs; sets the fields,
 * the deadline the action starts (from the election's rules and the working-day calendar), the
 * employee's personnel block, and the case's completion; and records every change in the
 * hash-chained history in the same transaction.
 */
@RequestScoped
@Transactional
public class WorkflowService {


    @Inject
    DomainEvents events;

    @Inject
    ReportQueryService queries;

    @Inject
    ReportRepository reports;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @Inject
    ReportHistory history;

    @Inject
    ElectionService elections;

    @Inject
    CalendarService calendar;

    @Inject
    AuthorityService authorities;

    @Inject
    SanctionSuggestionService suggestions;

    @Inject
    EmployeeRepository employees;

    // ------------------------------------------------------------------ case

    public Report transition(String reportId, TransitionRequests.CaseTransition request, String ifMatch) {
        Report report = queries.get(reportId);
        CaseAction action = request.action();
        Set<String> roles = roles();
        boolean ever = ReportWorkflow.CASE.stream()
                .anyMatch(r -> r.action() == action && r.roles().stream().anyMatch(roles::contains));
        if (!ever) {
            throw ApiException.forbidden("REPORT_ACTION_FORBIDDEN", action, role())
                    .with("currentState", report.status).with("allowedActions", allowedActions(report));
        }
        EntityTags.requireMatch(ifMatch, report.version);
        ReportWorkflow.CaseRow row = ReportWorkflow.caseRow(report.status, action)
                .filter(r -> r.roles().stream().anyMatch(roles::contains))
                .orElseThrow(() -> notAllowed(action, report.status, allowedActions(report)));
        requireFields(row.required(), request);

        ReportStatus from = report.status;
        LocalDate today = calendar.today();
        StringJoiner details = new StringJoiner("\n");
        String document = request.documentNumber();
        switch (action) {
            case REGISTER -> {
                report.registrationNumber = request.registrationNumber().trim();
                document = report.registrationNumber;
                details.add("registrationNumber: -> " + report.registrationNumber);
            }
            case FORWARD -> {
                report.forwardLetterNumber = request.forwardLetterNumber().trim();
                report.gakkumdu = Boolean.TRUE.equals(request.gakkumdu());
                document = report.forwardLetterNumber;
                details.add("forwardLetterNumber: -> " + report.forwardLetterNumber);
                details.add("gakkumdu: -> " + report.gakkumdu);
            }
            case EXTEND_DECISION -> {
                if (report.decisionExtended) {
                    throw ApiException.conflict("DECISION_ALREADY_EXTENDED").with("currentState", report.status);
                }
                report.decisionExtended = true;
            }
            case MARK_DUPLICATE -> {
                Report original = findReport(request.duplicateOf());
                if (original.id.equals(report.id)) {
                    throw ApiException.invalidField("duplicateOf", "DUPLICATE_OF_ITSELF");
                }
                report.duplicateOf = original;
                document = original.caseNumber;
                details.add("duplicateOf: -> " + original.caseNumber);
            }
            case LINK_EMPLOYEE -> {
                link(report, request.employeeLink(), details);
            }
            case RECOMMEND -> {
                recommend(report, request.recommendation(), today, details);
                document = report.recommendationNumber;
            }
            default -> {
            }
        }
        ReportStatus to = action == CaseAction.REOPEN ? reopenTarget(report) : row.to();
        if (to != null) {
            report.status = to;
            report.statusChangedAt = Instant.now();
        }
        setDeadline(report, row, from, today);
        history.append(new ReportHistory.Entry(report.id, null,
                action == CaseAction.LINK_EMPLOYEE ? ReportEvent.Type.EMPLOYEE_LINKED : ReportEvent.Type.TRANSITION,
                action.name(), from.name(), report.status.name(), caller.name(), role(), Text.blankToNull(request.note()),
                Text.blankToNull(request.legalBasis()), document, details.length() == 0 ? null : details.toString()));
        completeIfDone(report);
        reports.flush();
        return report;
    }

    /** The case actions the caller may take now (for a ppk, none: its actions are on tracks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseAction> allowedActions(Report report) {
        List<CaseAction> actions = new ArrayList<>(ReportWorkflow.caseActions(report.status, roles()));
        if (report.decisionExtended) {
            actions.remove(CaseAction.EXTEND_DECISION);
        }
        if (report.employees.stream().allMatch(e -> e.nip != null)) {
            actions.remove(CaseAction.LINK_EMPLOYEE);
        }
        return actions;
    }

    private void link(Report report, TransitionRequests.EmployeeLink linkRequest, StringJoiner details) {
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
        details.add("position " + named.position + " (" + named.name + "): nip -> " + nip);
    }

    private void recommend(Report report, TransitionRequests.Recommendation rec, LocalDate today, StringJoiner details) {
        if (rec.letterDate().isAfter(calendar.latestPossibleToday())) {
            throw ApiException.invalidField("recommendation.letterDate", "DATE_IN_FUTURE", rec.letterDate());
        }
        if (report.employees.stream().anyMatch(e -> e.nip == null)) {
            throw ApiException.conflict("EMPLOYEES_NOT_LINKED").with("currentState", report.status);
        }
        Map<String, ReportEmployee> byNip = new java.util.HashMap<>();
        report.employees.forEach(e -> byNip.put(e.nip, e));
        Set<String> covered = new HashSet<>();
        List<FieldViolation> invalid = new ArrayList<>();
        for (int i = 0; i < rec.employees().size(); i++) {
            TransitionRequests.EmployeeOutcome outcome = rec.employees().get(i);
            String field = "recommendation.employees[" + i + "]";
            if (!byNip.containsKey(outcome.nip().trim())) {
                invalid.add(FieldViolation.of(field + ".nip", "NOT_REPORTED", outcome.nip()));
            } else if (!covered.add(outcome.nip().trim())) {
                invalid.add(FieldViolation.of(field + ".nip", "DUPLICATE", outcome.nip()));
            }
            if (outcome.proven() && Text.blankToNull(outcome.sanctionCode()) == null) {
                invalid.add(FieldViolation.of(field + ".sanctionCode", "REQUIRED_FOR_ACTION", "RECOMMEND"));
            }
        }
        byNip.keySet().stream().filter(nip -> !covered.contains(nip)).sorted()
                .forEach(nip -> invalid.add(FieldViolation.of("recommendation.employees", "EMPLOYEE_NOT_COVERED", nip)));
        if (!invalid.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(invalid);
        }
        report.recommendationNumber = rec.letterNumber().trim();
        report.recommendationDate = rec.letterDate();
        report.recommendationIssuer = authorities.on(rec.letterDate(), AuthorityFunction.SUPERVISION)
                .map(a -> a.code).orElse(report.handlingAuthorityCode);
        LocalDate due = elections.deadline(report.election, DeadlineKind.PPK_FOLLOW_UP, rec.letterDate())
                .map(ElectionService.Deadline::dueDate)
                .orElseGet(() -> calendar.addWorkingDays(rec.letterDate(), 14));
        for (int i = 0; i < rec.employees().size(); i++) {
            TransitionRequests.EmployeeOutcome outcome = rec.employees().get(i);
            ReportEmployee named = byNip.get(outcome.nip().trim());
            ReportTrack track = new ReportTrack();
            track.report = report;
            track.reportEmployee = named;
            track.nip = named.nip;
            track.employee = named.employee;
            track.agency = named.employee.agency;
            track.proven = outcome.proven();
            track.recommendedAt = rec.letterDate();
            track.escalationLevel = EscalationLevel.NONE;
            if (outcome.proven()) {
                String code = outcome.sanctionCode().trim();
                requireAllowedSanction(report, named.employee, code, "recommendation.employees[" + i + "].sanctionCode");
                track.recommendedSanction = code;
                track.status = TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK;
                track.deadlineDue = due;
            } else {
                track.status = TrackStatus.TIDAK_TERBUKTI;
            }
            report.tracks.add(track);
            details.add(named.nip + ": proven=" + track.proven + (track.proven ? ", sanction=" + track.recommendedSanction
                    + ", PPK follow-up due " + due : ""));
        }
    }

    /** The sanction must be one the catalogue allows for the case's violation types on the incident date. */
    private void requireAllowedSanction(Report report, Employee employee, String code, String field) {
        List<String> codes = report.violationTypes.stream().map(v -> v.code).toList();
        SanctionSuggestionService.Suggestion suggestion = suggestions.suggest(codes, report.incidentDate,
                report.election.code, employee.employeeType);
        Set<String> allowed = new LinkedHashSet<>();
        suggestion.items().forEach(item -> item.sanctions().stream().map((Sanction s) -> s.code).forEach(allowed::add));
        if (!allowed.contains(code)) {
            throw ApiException.unprocessable("SANCTION_NOT_ALLOWED", code, String.join(", ", allowed))
                    .violation(FieldViolation.of(field, "SANCTION_NOT_ALLOWED", code, String.join(", ", allowed)))
                    .with("allowedSanctions", allowed);
        }
    }

    private ReportStatus reopenTarget(Report report) {
        return reports.getEntityManager()
                .createQuery("select e.fromState from ReportEvent e where e.reportId = :id and e.toState = :to "
                        + "and e.type in :types order by e.seq desc", String.class)
                .setParameter("id", report.id).setParameter("to", report.status.name())
                .setParameter("types", List.of(ReportEvent.Type.TRANSITION, ReportEvent.Type.COMPLETED))
                .setMaxResults(1).getResultStream().findFirst().map(ReportStatus::valueOf)
                .orElseThrow(() -> ApiException.conflict("REOPEN_TARGET_UNKNOWN", report.status));
    }

    private void setDeadline(Report report, ReportWorkflow.CaseRow row, ReportStatus from, LocalDate today) {
        if (ReportWorkflow.TERMINAL.contains(report.status) || report.status == ReportStatus.DIREKOMENDASIKAN) {
            report.deadlineKind = null;
            report.deadlineDue = null;
            return;
        }
        if (row.action() == CaseAction.REOPEN) {
            // A reopened case runs on the time limit of the stage it returns to, counted afresh.
            DeadlineKind kind = switch (report.status) {
                case DITERIMA -> DeadlineKind.PRELIMINARY_REVIEW;
                case DIREGISTRASI, KLARIFIKASI, KAJIAN -> DeadlineKind.BAWASLU_DECISION;
                case DITERUSKAN, VERIFIKASI -> DeadlineKind.AUTHORITY_VERIFICATION;
                default -> null;
            };
            apply(report, kind, today);
            return;
        }
        if (row.deadline() == DeadlineKind.BAWASLU_DECISION_EXTENSION) {
            LocalDate base = report.deadlineDue != null ? report.deadlineDue : today;
            elections.deadline(report.election, DeadlineKind.BAWASLU_DECISION_EXTENSION, base).ifPresent(d -> {
                report.deadlineKind = DeadlineKind.BAWASLU_DECISION_EXTENSION;
                report.deadlineDue = d.dueDate();
            });
            return;
        }
        if (row.deadline() != null) {
            apply(report, row.deadline(), today);
        }
    }

    private void apply(Report report, DeadlineKind kind, LocalDate from) {
        report.deadlineKind = kind;
        report.deadlineDue = kind == null ? null
                : elections.deadline(report.election, kind, from).map(ElectionService.Deadline::dueDate).orElse(null);
        if (report.deadlineDue == null) {
            report.deadlineKind = null;
        }
    }

    // ------------------------------------------------------------------ track

    public ReportTrack transitionTrack(String reportId, String rawNip, TransitionRequests.TrackTransition request,
                                       String ifMatch) {
        Report report = queries.get(reportId);
        ReportTrack track = track(report, rawNip);
        TrackAction action = request.action();
        Set<String> roles = roles();
        boolean ever = ReportWorkflow.TRACK.stream()
                .anyMatch(r -> r.action() == action && r.roles().stream().anyMatch(roles::contains));
        if (!ever || (isPpkAction(action, roles) && !ownAgency(track))) {
            throw ApiException.forbidden("REPORT_ACTION_FORBIDDEN", action, role())
                    .with("currentState", track.status).with("allowedActions", allowedActions(track));
        }
        EntityTags.requireMatch(ifMatch, track.version);
        ReportWorkflow.TrackRow row = ReportWorkflow.trackRow(track.status, action)
                .filter(r -> r.roles().stream().anyMatch(roles::contains))
                .orElseThrow(() -> notAllowed(action, track.status, allowedActions(track)));
        if (row.requiresLevel() != null) {
            if (!overdue(track)) {
                throw ApiException.conflict("TRACK_NOT_OVERDUE", track.deadlineDue)
                        .with("currentState", track.status).with("allowedActions", allowedActions(track));
            }
            if (track.escalationLevel != row.requiresLevel()) {
                throw notAllowed(action, track.status, allowedActions(track));
            }
        }
        requireTrackFields(row.required(), request);

        TrackStatus from = track.status;
        StringJoiner details = new StringJoiner("\n");
        String document = request.documentNumber();
        Employee employee = track.employee;
        switch (action) {
            case IMPOSE_SANCTION -> {
                TransitionRequests.Decree decree = request.decree();
                if (decree.date().isAfter(calendar.latestPossibleToday())) {
                    throw ApiException.invalidField("decree.date", "DATE_IN_FUTURE", decree.date());
                }
                requireAllowedSanction(report, employee, decree.sanctionCode().trim(), "decree.sanctionCode");
                track.decreeNumber = decree.number().trim();
                track.decreeDate = decree.date();
                track.sanctionCode = decree.sanctionCode().trim();
                track.durationMonths = decree.durationMonths();
                track.effectiveDate = decree.effectiveDate();
                track.sanctionedAt = calendar.today();
                document = track.decreeNumber;
                details.add("decree: " + track.decreeNumber + " of " + track.decreeDate + ", sanction " + track.sanctionCode
                        + (track.durationMonths == null ? "" : " for " + track.durationMonths + " months"));
                if (employee.personnelBlocked && track.escalationLevel == EscalationLevel.BLOKIR_DATA) {
                    employee.personnelBlocked = false;
                    employee.blockedReference = null;
                    employee.blockedAt = null;
                    details.add("personnelBlocked: true -> false (BUKA_BLOKIR on the decree)");
                    events.record(DomainEventType.EMPLOYEE_UNBLOCKED, employee.nip, employee.agency.code,
                            Map.of("nip", employee.nip, "agencyCode", employee.agency.code, "reference", track.decreeNumber));
                }
            }
            case BLOKIR_DATA -> {
                employee.personnelBlocked = true;
                employee.blockedReference = request.documentNumber().trim();
                employee.blockedAt = Instant.now();
                details.add("personnelBlocked: false -> true (" + employee.blockedReference + ")");
                events.record(DomainEventType.EMPLOYEE_BLOCKED, employee.nip, employee.agency.code,
                        Map.of("nip", employee.nip, "agencyCode", employee.agency.code, "reference", employee.blockedReference));
            }
            case EMPLOYEE_LEFT -> {
                // Closing a follow-up because the employee left needs the register to say so first
                // (retirement, dismissal, death): a PPK cannot close its own employee's case by assertion.
                if (employee.status == EmployeeStatus.AKTIF || employee.status == EmployeeStatus.CUTI_DILUAR_TANGGUNGAN_NEGARA) {
                    throw ApiException.conflict("EMPLOYEE_STILL_ACTIVE", employee.nip, employee.status)
                            .with("currentState", track.status).with("allowedActions", allowedActions(track));
                }
                details.add("employeeStatus: " + employee.status);
            }
            case FILE_OBJECTION, FILE_APPEAL -> track.appealKind = action == TrackAction.FILE_OBJECTION ? "KEBERATAN"
                    : "BANDING_ADMINISTRATIF";
            case AMEND -> {
                String code = request.sanctionCode().trim();
                requireAllowedSanction(report, employee, code, "sanctionCode");
                details.add("sanctionCode: " + track.sanctionCode + " -> " + code);
                track.sanctionCode = code;
            }
            default -> {
            }
        }
        if (row.setsLevel() != null) {
            details.add("escalationLevel: " + track.escalationLevel + " -> " + row.setsLevel());
            track.escalationLevel = row.setsLevel();
        }
        if (row.to() != null) {
            track.status = row.to();
        }
        history.append(new ReportHistory.Entry(report.id, track.nip, ReportEvent.Type.TRACK_TRANSITION, action.name(),
                from.name(), track.status.name(), caller.name(), role(), Text.blankToNull(request.note()),
                Text.blankToNull(request.legalBasis()), document, details.length() == 0 ? null : details.toString()));
        completeIfDone(report);
        reports.flush();
        return track;
    }

    /** The track actions the caller may take now: its agency's follow-up for a ppk, escalation when overdue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackAction> allowedActions(ReportTrack track) {
        Set<String> roles = roles();
        List<TrackAction> actions = new ArrayList<>(ReportWorkflow.trackActions(track.status, track.escalationLevel, roles));
        actions.removeIf(a -> isPpkAction(a, roles) && !ownAgency(track));
        if (!overdue(track)) {
            actions.removeAll(List.of(TrackAction.PERINGATAN, TrackAction.TEGURAN, TrackAction.BLOKIR_DATA));
        }
        return actions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportTrack track(Report report, String rawNip) {
        String nip = Nip.parse(rawNip, "nip", calendar.latestPossibleToday()).value();
        return report.tracks.stream().filter(t -> t.nip.equals(nip)).filter(access::seesTrack).findFirst()
                .orElseThrow(() -> ApiException.notFound("TRACK_NOT_FOUND", report.caseNumber, nip));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean overdue(ReportTrack track) {
        return TrackRules.overdue(track, calendar.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean overdue(Report report) {
        return report.deadlineDue != null && !ReportWorkflow.TERMINAL.contains(report.status)
                && report.deadlineDue.isBefore(calendar.today());
    }

    // ------------------------------------------------------------------ shared

    private void completeIfDone(Report report) {
        if (report.status == ReportStatus.DIREKOMENDASIKAN && !report.tracks.isEmpty()
                && report.tracks.stream().allMatch(t -> t.status.closed())) {
            report.status = ReportStatus.SELESAI;
            report.statusChangedAt = Instant.now();
            history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.COMPLETED, null,
                    ReportStatus.DIREKOMENDASIKAN.name(), ReportStatus.SELESAI.name(), "system", "system",
                    "every reported employee's follow-up is closed", null, null, null));
        }
    }

    private boolean isPpkAction(TrackAction action, Set<String> roles) {
        return roles.contains(Roles.PPK) && ReportWorkflow.TRACK.stream()
                .anyMatch(r -> r.action() == action && r.roles().contains(Roles.PPK));
    }

    private boolean ownAgency(ReportTrack track) {
        return caller.agencyCode().map(track.agency.code::equalsIgnoreCase).orElse(false);
    }

    private Report findReport(String idOrCaseNumber) {
        String key = idOrCaseNumber.trim();
        return (Ids.isUuid(key) ? reports.findByPublicId(key)
                : reports.find("caseNumber", key.toUpperCase(java.util.Locale.ROOT)).firstResultOptional())
                .orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                        .violation(FieldViolation.of("duplicateOf", "REPORT_UNKNOWN", key)));
    }

    private static ApiException notAllowed(Enum<?> action, Enum<?> state, List<? extends Enum<?>> allowed) {
        return ApiException.conflict("REPORT_TRANSITION_NOT_ALLOWED", action, state)
                .with("currentState", state).with("allowedActions", allowed);
    }

    private static void requireFields(Set<ReportWorkflow.Field> required, TransitionRequests.CaseTransition r) {
        List<FieldViolation> missing = new ArrayList<>();
        for (ReportWorkflow.Field field : required) {
            switch (field) {
                case NOTE -> check(missing, r.note(), "note", r.action());
                case REGISTRATION_NUMBER -> check(missing, r.registrationNumber(), "registrationNumber", r.action());
                case FORWARD_LETTER_NUMBER -> check(missing, r.forwardLetterNumber(), "forwardLetterNumber", r.action());
                case DUPLICATE_OF -> check(missing, r.duplicateOf(), "duplicateOf", r.action());
                case RECOMMENDATION -> {
                    if (r.recommendation() == null) {
                        missing.add(FieldViolation.of("recommendation", "REQUIRED_FOR_ACTION", r.action()));
                    }
                }
                case EMPLOYEE_LINK -> {
                    if (r.employeeLink() == null) {
                        missing.add(FieldViolation.of("employeeLink", "REQUIRED_FOR_ACTION", r.action()));
                    }
                }
                default -> {
                }
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(missing);
        }
    }

    private static void requireTrackFields(Set<ReportWorkflow.Field> required, TransitionRequests.TrackTransition r) {
        List<FieldViolation> missing = new ArrayList<>();
        for (ReportWorkflow.Field field : required) {
            switch (field) {
                case NOTE -> check(missing, r.note(), "note", r.action());
                case DOCUMENT_NUMBER -> check(missing, r.documentNumber(), "documentNumber", r.action());
                case SANCTION_CODE -> check(missing, r.sanctionCode(), "sanctionCode", r.action());
                case DECREE -> {
                    if (r.decree() == null) {
                        missing.add(FieldViolation.of("decree", "REQUIRED_FOR_ACTION", r.action()));
                    }
                }
                default -> {
                }
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(missing);
        }
    }

    private static void check(List<FieldViolation> missing, String value, String field, Enum<?> action) {
        if (value == null || value.isBlank()) {
            missing.add(FieldViolation.of(field, "REQUIRED_FOR_ACTION", action));
        }
    }

    private Set<String> roles() {
        Set<String> roles = new HashSet<>();
        for (String role : List.of(Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN)) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private String role() {
        return caller.primaryRole();
    }
}
