package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.FieldViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A recommendation names every reported employee exactly once, a proven one with a sanction. */
class RecommendationCoverageTest {

    private static final String A = "198001012005011001";
    private static final String B = "198502022010012002";
    private static final String C = "199003032015013003";
    private static final Set<String> REPORTED = Set.of(A, B);

    private static TransitionRequests.EmployeeOutcome proven(String nip, String sanction) {
        return new TransitionRequests.EmployeeOutcome(nip, true, sanction);
    }

    private static TransitionRequests.EmployeeOutcome notProven(String nip) {
        return new TransitionRequests.EmployeeOutcome(nip, false, null);
    }

    private static List<String> check(TransitionRequests.EmployeeOutcome... outcomes) {
        return Recommendations.coverage(REPORTED, List.of(outcomes)).stream()
                .map(RecommendationCoverageTest::describe).toList();
    }

    private static String describe(FieldViolation v) {
        return v.field() + ":" + v.code() + ":" + v.args()[0];
    }

    @Test
    void everyReportedEmployeeOnceIsValid() {
        assertTrue(check(proven(A, "TEGURAN_TERTULIS"), notProven(" " + B + " ")).isEmpty());
    }

    @Test
    void anEmployeeNotReportedOrNamedTwiceIsRefused() {
        assertEquals(List.of("recommendation.employees[1].nip:NOT_REPORTED:" + C,
                        "recommendation.employees[2].nip:DUPLICATE:" + A,
                        "recommendation.employees:EMPLOYEE_NOT_COVERED:" + B),
                check(notProven(A), notProven(C), notProven(A)));
    }

    @Test
    void aProvenEmployeeNeedsASanctionCode() {
        assertEquals(List.of("recommendation.employees[0].sanctionCode:REQUIRED_FOR_ACTION:RECOMMEND"),
                check(proven(A, " "), notProven(B)));
        assertEquals(List.of("recommendation.employees[1].sanctionCode:REQUIRED_FOR_ACTION:RECOMMEND"),
                check(notProven(A), proven(B, null)));
    }

    @Test
    void everyEmployeeLeftOutIsNamedInNipOrder() {
        assertEquals(List.of("recommendation.employees:EMPLOYEE_NOT_COVERED:" + A,
                        "recommendation.employees:EMPLOYEE_NOT_COVERED:" + B),
                check());
    }
}
