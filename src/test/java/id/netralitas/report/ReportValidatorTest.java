package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.FieldViolation;
import id.netralitas.election.Election;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

    @Test
    void anIncidentInTheFutureIsRefused() {
        List<FieldViolation> found = ReportValidator.dates(TODAY.plusDays(1), TODAY.plusDays(1), TODAY, null);
        assertEquals(List.of("incidentDate:DATE_IN_FUTURE", "knownDate:DATE_IN_FUTURE"), codes(found));
    }

    @Test
    void theIncidentLiesInTheElectionsWindow() {
        Election election = new Election();
        election.code = "PEMILU-2024";
        election.incidentWindowStart = TODAY.minusDays(30);
        election.incidentWindowEnd = TODAY;
        List<FieldViolation> found = ReportValidator.dates(TODAY.minusDays(31), TODAY, TODAY, election);
        assertEquals(List.of("incidentDate:INCIDENT_OUTSIDE_ELECTION_WINDOW"), codes(found));
    }

    @Test
    void theKnownDateIsNotBeforeTheIncident() {
        List<FieldViolation> found = ReportValidator.dates(TODAY, TODAY.minusDays(1), TODAY, null);
        assertEquals(List.of("knownDate:DATE_ORDER"), codes(found));
    }

    @Test
    void anAnonymousReportNamesNoReporter() {
        ReportRequest request = request(true, new ReportRequest.Reporter("Siti", null, "+62 812 3456 7890", null, null));
        assertEquals(List.of("reporter:REPORTER_WITH_ANONYMOUS"),
                codes(ReportValidator.reporter(request, ReportOrigin.LAPORAN)));
    }

    @Test
    void aNamedLaporanNeedsAReporterWhoCanBeReached() {
        assertEquals(List.of("reporter:REPORTER_REQUIRED"),
                codes(ReportValidator.reporter(request(false, null), ReportOrigin.LAPORAN)));
        ReportRequest unreachable = request(false, new ReportRequest.Reporter("Siti", null, " ", null, ""));
        assertEquals(List.of("reporter:REPORTER_CONTACT_REQUIRED"),
                codes(ReportValidator.reporter(unreachable, ReportOrigin.LAPORAN)));
        assertTrue(ReportValidator.reporter(request(false, null), ReportOrigin.TEMUAN).isEmpty());
    }

    @Test
    void malformedViolationsAreABadRequestWithTheUnknownOnesToo() {
        ReportValidator.Violations found = new ReportValidator.Violations();
        found.unknown().add(FieldViolation.of("electionCode", "ELECTION_UNKNOWN", "X"));
        assertEquals(422, found.problem().status());
        found.invalid().add(FieldViolation.of("knownDate", "DATE_ORDER", "knownDate", "incidentDate"));
        assertEquals(400, found.problem().status());
        assertEquals("VALIDATION_FAILED", found.problem().code());
        assertEquals(List.of("knownDate:DATE_ORDER", "electionCode:ELECTION_UNKNOWN"), codes(found.problem().violations()));
    }

    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    private static ReportRequest request(boolean anonymous, ReportRequest.Reporter reporter) {
        return new ReportRequest(ReportOrigin.LAPORAN, null, "PEMILU-2024", null, null, null, TODAY, null, "74.71", null,
                "Seorang guru PNS membagikan unggahan kampanye di Facebook.", List.of("D-06"), List.of(), anonymous,
                null, reporter, null, null, null, null, null, null);
    }
}
