package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.calendar.WorkingDays;
import id.netralitas.election.DeadlineKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case deadline policy over a fixed calendar and fixed election rules, with no database. */
class CaseDeadlinesTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);
    /** Idul Fitri 1445 H, inside the working-day window of the fallback. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11));

    /** Calendar days per kind; a kind missing here is one the election sets no rule for. */
    private static CaseDeadlines.Rules rules(Map<DeadlineKind, Integer> days) {
        return (kind, from) -> Optional.ofNullable(days.get(kind)).map(from::plusDays);
    }

    private static final CaseDeadlines.Rules ELECTION = rules(new EnumMap<>(Map.of(
            DeadlineKind.PRELIMINARY_REVIEW, 2,
            DeadlineKind.BAWASLU_DECISION, 7,
            DeadlineKind.BAWASLU_DECISION_EXTENSION, 14,
            DeadlineKind.AUTHORITY_VERIFICATION, 30,
            DeadlineKind.PPK_FOLLOW_UP, 21)));

    private static final CaseDeadlines.Deadline RUNNING =
            new CaseDeadlines.Deadline(DeadlineKind.BAWASLU_DECISION, LocalDate.of(2024, 4, 5));

    private static ReportWorkflow.CaseRow row(ReportStatus from, CaseAction action) {
        return ReportWorkflow.caseRow(from, action).orElseThrow();
    }

    private static CaseDeadlines.Deadline next(ReportStatus to, ReportStatus from, CaseAction action,
                                               CaseDeadlines.Deadline current, CaseDeadlines.Rules rules) {
        return CaseDeadlines.next(to, row(from, action), current, TODAY, rules);
    }

    @Test
    void aRowStartsItsTimeLimitFromToday() {
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.BAWASLU_DECISION, TODAY.plusDays(7)),
                next(ReportStatus.DIREGISTRASI, ReportStatus.DITERIMA, CaseAction.REGISTER, CaseDeadlines.Deadline.NONE,
                        ELECTION));
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.AUTHORITY_VERIFICATION, TODAY.plusDays(30)),
                next(ReportStatus.DITERUSKAN, ReportStatus.KAJIAN, CaseAction.FORWARD, RUNNING, ELECTION));
    }

    @Test
    void aRowWithoutATimeLimitKeepsTheRunningOne() {
        assertEquals(RUNNING, next(ReportStatus.KAJIAN, ReportStatus.DIREGISTRASI, CaseAction.START_STUDY, RUNNING,
                ELECTION));
    }

    @Test
    void noTimeLimitRunsWhenTheElectionSetsNoRuleForTheRowsKind() {
        assertEquals(CaseDeadlines.Deadline.NONE, next(ReportStatus.DIREGISTRASI, ReportStatus.DITERIMA,
                CaseAction.REGISTER, RUNNING, rules(Map.of())));
    }

    @Test
    void closingOrRecommendingClearsTheTimeLimit() {
        assertEquals(CaseDeadlines.Deadline.NONE, next(ReportStatus.DIHENTIKAN, ReportStatus.KAJIAN, CaseAction.STOP,
                RUNNING, ELECTION));
        assertEquals(CaseDeadlines.Deadline.NONE, next(ReportStatus.DIREKOMENDASIKAN, ReportStatus.VERIFIKASI,
                CaseAction.RECOMMEND, new CaseDeadlines.Deadline(DeadlineKind.AUTHORITY_VERIFICATION, TODAY), ELECTION));
    }

    @Test
    void anExtensionCountsFromTheRunningDueDateOrElseFromToday() {
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.BAWASLU_DECISION_EXTENSION, LocalDate.of(2024, 4, 19)),
                next(ReportStatus.KAJIAN, ReportStatus.KAJIAN, CaseAction.EXTEND_DECISION, RUNNING, ELECTION));
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.BAWASLU_DECISION_EXTENSION, TODAY.plusDays(14)),
                next(ReportStatus.KAJIAN, ReportStatus.KAJIAN, CaseAction.EXTEND_DECISION, CaseDeadlines.Deadline.NONE,
                        ELECTION));
    }

    @Test
    void anExtensionTheElectionDoesNotProvideLeavesTheRunningLimit() {
        assertEquals(RUNNING, next(ReportStatus.KAJIAN, ReportStatus.KAJIAN, CaseAction.EXTEND_DECISION, RUNNING,
                rules(Map.of(DeadlineKind.BAWASLU_DECISION, 7))));
    }

    @Test
    void aReopenedCaseRunsOnTheLimitOfTheStageItReturnsToCountedAfresh() {
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.PRELIMINARY_REVIEW, TODAY.plusDays(2)),
                next(ReportStatus.DITERIMA, ReportStatus.TIDAK_MEMENUHI_SYARAT, CaseAction.REOPEN,
                        CaseDeadlines.Deadline.NONE, ELECTION));
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.BAWASLU_DECISION, TODAY.plusDays(7)),
                next(ReportStatus.KAJIAN, ReportStatus.DIHENTIKAN, CaseAction.REOPEN, CaseDeadlines.Deadline.NONE,
                        ELECTION));
        assertEquals(new CaseDeadlines.Deadline(DeadlineKind.AUTHORITY_VERIFICATION, TODAY.plusDays(30)),
                next(ReportStatus.VERIFIKASI, ReportStatus.DITOLAK, CaseAction.REOPEN, CaseDeadlines.Deadline.NONE,
                        ELECTION));
    }

    @Test
    void aCaseReopenedIntoRecommendationRunsNoLimit() {
        assertEquals(CaseDeadlines.Deadline.NONE, next(ReportStatus.DIREKOMENDASIKAN, ReportStatus.SELESAI,
                CaseAction.REOPEN, CaseDeadlines.Deadline.NONE, ELECTION));
    }

    @Test
    void thePpkFollowUpUsesTheElectionsRule() {
        assertEquals(LocalDate.of(2024, 4, 22), CaseDeadlines.ppkFollowUpDue(TODAY, ELECTION, (from, n) -> {
            throw new AssertionError("no fallback expected");
        }));
    }

    @Test
    void withoutARuleThePpkHasFourteenWorkingDaysSkippingWeekendsAndHolidays() {
        LocalDate due = CaseDeadlines.ppkFollowUpDue(TODAY, rules(Map.of()),
                (from, n) -> WorkingDays.add(from, n, HOLIDAYS::contains));
        // 1 Apr 2024 (Mon) + 14 working days, without 10-11 Apr and the weekends: Tue 23 Apr.
        assertEquals(LocalDate.of(2024, 4, 23), due);
    }

    @Test
    void aCaseIsOverdueOnlyAfterItsDueDateWhileOpen() {
        assertTrue(CaseDeadlines.overdue(ReportStatus.KAJIAN, TODAY.minusDays(1), TODAY));
        assertFalse(CaseDeadlines.overdue(ReportStatus.KAJIAN, TODAY, TODAY));
        assertFalse(CaseDeadlines.overdue(ReportStatus.KAJIAN, null, TODAY));
        assertFalse(CaseDeadlines.overdue(ReportStatus.DIHENTIKAN, TODAY.minusDays(1), TODAY));
    }
}
