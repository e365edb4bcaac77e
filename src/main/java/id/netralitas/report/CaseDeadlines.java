package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.ElectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The deadline policy of a case: which time limit a transition starts (from the election's rules and
 * the working-day calendar), the PPK's follow-up deadline of a recommendation, and when a case is overdue.
 */
@ApplicationScoped
public class CaseDeadlines {

    /** Working days a PPK has to follow up a recommendation when the election sets no rule. */
    static final int PPK_FOLLOW_UP_WORKING_DAYS = 14;

    @Inject
    ElectionService elections;

    @Inject
    CalendarService calendar;

    /** The election's rules: the due date of a time limit of this kind counted from a date, if it sets one. */
    @FunctionalInterface
    interface Rules {
        Optional<LocalDate> due(DeadlineKind kind, LocalDate from);
    }

    /** A case's running time limit; both parts null when none runs. */
    record Deadline(DeadlineKind kind, LocalDate due) {
        static final Deadline NONE = new Deadline(null, null);
    }

    /** Sets the time limit that runs after {@code row} moved the case into its current status. */
    void afterTransition(Report report, ReportWorkflow.CaseRow row, LocalDate today) {
        Deadline next = next(report.status, row, new Deadline(report.deadlineKind, report.deadlineDue), today,
                rules(report));
        report.deadlineKind = next.kind();
        report.deadlineDue = next.due();
    }

    /** The PPK's follow-up deadline of a recommendation letter of this date. */
    LocalDate ppkFollowUpDue(Report report, LocalDate letterDate) {
        return ppkFollowUpDue(letterDate, rules(report), calendar::addWorkingDays);
    }

    public boolean overdue(Report report) {
        return overdue(report.status, report.deadlineDue, calendar.today());
    }

    /**
     * The time limit after a transition into {@code status}: none once the case is closed or
     * recommended; a reopened case runs on the limit of the stage it returns to, counted afresh; an
     * extension counts from the running due date; otherwise the row's limit, if it starts one.
     */
    static Deadline next(ReportStatus status, ReportWorkflow.CaseRow row, Deadline current, LocalDate today,
                         Rules rules) {
        if (ReportWorkflow.TERMINAL.contains(status) || status == ReportStatus.DIREKOMENDASIKAN) {
            return Deadline.NONE;
        }
        if (row.action() == CaseAction.REOPEN) {
            return of(reopenedKind(status), today, rules);
        }
        if (row.deadline() == DeadlineKind.BAWASLU_DECISION_EXTENSION) {
            LocalDate base = current.due() != null ? current.due() : today;
            return rules.due(DeadlineKind.BAWASLU_DECISION_EXTENSION, base)
                    .map(due -> new Deadline(DeadlineKind.BAWASLU_DECISION_EXTENSION, due)).orElse(current);
        }
        return row.deadline() == null ? current : of(row.deadline(), today, rules);
    }

    static LocalDate ppkFollowUpDue(LocalDate letterDate, Rules rules,
                                    BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        return rules.due(DeadlineKind.PPK_FOLLOW_UP, letterDate)
                .orElseGet(() -> addWorkingDays.apply(letterDate, PPK_FOLLOW_UP_WORKING_DAYS));
    }

    /** Overdue: a time limit runs, the case is not closed, and the due date is before today. */
    static boolean overdue(ReportStatus status, LocalDate due, LocalDate today) {
        return due != null && !ReportWorkflow.TERMINAL.contains(status) && due.isBefore(today);
    }

    private static DeadlineKind reopenedKind(ReportStatus status) {
        return switch (status) {
            case DITERIMA -> DeadlineKind.PRELIMINARY_REVIEW;
            case DIREGISTRASI, KLARIFIKASI, KAJIAN -> DeadlineKind.BAWASLU_DECISION;
            case DITERUSKAN, VERIFIKASI -> DeadlineKind.AUTHORITY_VERIFICATION;
            case PEMANGGILAN -> DeadlineKind.INTERNAL_SUMMONS;
            case PEMERIKSAAN -> DeadlineKind.INTERNAL_EXAMINATION;
            default -> null;
        };
    }

    private static Deadline of(DeadlineKind kind, LocalDate from, Rules rules) {
        return kind == null ? Deadline.NONE
                : rules.due(kind, from).map(due -> new Deadline(kind, due)).orElse(Deadline.NONE);
    }

    private Rules rules(Report report) {
        return (kind, from) -> elections.deadline(report.election, kind, from).map(ElectionService.Deadline::dueDate);
    }
}
