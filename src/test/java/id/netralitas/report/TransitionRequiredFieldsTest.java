package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fields each row of the transition tables requires, checked on the request with no database. */
class TransitionRequiredFieldsTest {

    private static Set<ReportWorkflow.Field> required(ReportStatus from, CaseAction action) {
        return ReportWorkflow.caseRow(from, action).orElseThrow().required();
    }

    private static Set<ReportWorkflow.Field> required(TrackStatus from, TrackAction action) {
        return ReportWorkflow.trackRow(from, action).orElseThrow().required();
    }

    private static TransitionRequests.CaseTransition caseRequest(CaseAction action, String note, String registrationNumber,
                                                                 TransitionRequests.Recommendation recommendation) {
        return new TransitionRequests.CaseTransition(action, note, null, null, registrationNumber, null, null, null, null,
                recommendation, null);
    }

    private static TransitionRequests.TrackTransition trackRequest(TrackAction action, String documentNumber,
                                                                   String sanctionCode, TransitionRequests.Decree decree) {
        return new TransitionRequests.TrackTransition(action, null, null, documentNumber, sanctionCode, decree, null);
    }

    /** The 400 VALIDATION_FAILED the check throws, as {@code field:code:action} per missing field. */
    private static List<String> missing(Runnable check) {
        ApiException e = assertThrows(ApiException.class, check::run);
        assertEquals(400, e.status());
        assertEquals("VALIDATION_FAILED", e.code());
        return e.violations().stream().map(TransitionRequiredFieldsTest::describe).toList();
    }

    private static String describe(FieldViolation v) {
        return v.field() + ":" + v.code() + ":" + v.args()[0];
    }

    @Test
    void registeringNeedsARegistrationNumber() {
        Set<ReportWorkflow.Field> fields = required(ReportStatus.DITERIMA, CaseAction.REGISTER);
        assertEquals(List.of("registrationNumber:REQUIRED_FOR_ACTION:REGISTER"),
                missing(() -> caseRequest(CaseAction.REGISTER, "a note", null, null).requireFields(fields)));
        assertEquals(List.of("registrationNumber:REQUIRED_FOR_ACTION:REGISTER"),
                missing(() -> caseRequest(CaseAction.REGISTER, null, " \t", null).requireFields(fields)));
        assertDoesNotThrow(() -> caseRequest(CaseAction.REGISTER, null, "001/Reg/LP", null).requireFields(fields));
    }

    @Test
    void aClosingActionNeedsANonBlankNote() {
        Set<ReportWorkflow.Field> fields = required(ReportStatus.KAJIAN, CaseAction.STOP);
        assertEquals(List.of("note:REQUIRED_FOR_ACTION:STOP"),
                missing(() -> caseRequest(CaseAction.STOP, "   ", null, null).requireFields(fields)));
        assertDoesNotThrow(() -> caseRequest(CaseAction.STOP, "no evidence", null, null).requireFields(fields));
    }

    @Test
    void recommendingNeedsTheRecommendation() {
        Set<ReportWorkflow.Field> fields = required(ReportStatus.VERIFIKASI, CaseAction.RECOMMEND);
        assertEquals(List.of("recommendation:REQUIRED_FOR_ACTION:RECOMMEND"),
                missing(() -> caseRequest(CaseAction.RECOMMEND, "note", "reg", null).requireFields(fields)));
        TransitionRequests.Recommendation recommendation = new TransitionRequests.Recommendation("B-1/R/BKN/2024",
                LocalDate.of(2024, 4, 5), List.of());
        assertDoesNotThrow(() -> caseRequest(CaseAction.RECOMMEND, null, null, recommendation).requireFields(fields));
    }

    @Test
    void anActionThatNeedsNothingPassesAnEmptyRequest() {
        Set<ReportWorkflow.Field> fields = required(ReportStatus.DIREGISTRASI, CaseAction.START_STUDY);
        assertDoesNotThrow(() -> caseRequest(CaseAction.START_STUDY, null, null, null).requireFields(fields));
    }

    @Test
    void amendingNeedsBothTheDocumentAndTheSanctionAndNamesEveryMissingField() {
        Set<ReportWorkflow.Field> fields = required(TrackStatus.KEBERATAN, TrackAction.AMEND);
        assertEquals(List.of("documentNumber:REQUIRED_FOR_ACTION:AMEND", "sanctionCode:REQUIRED_FOR_ACTION:AMEND"),
                missing(() -> trackRequest(TrackAction.AMEND, null, "", null).requireFields(fields)));
        assertEquals(List.of("sanctionCode:REQUIRED_FOR_ACTION:AMEND"),
                missing(() -> trackRequest(TrackAction.AMEND, "SK-2", null, null).requireFields(fields)));
        assertDoesNotThrow(() -> trackRequest(TrackAction.AMEND, "SK-2", "TEGURAN_TERTULIS", null).requireFields(fields));
    }

    @Test
    void imposingASanctionNeedsTheDecree() {
        Set<ReportWorkflow.Field> fields = required(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.IMPOSE_SANCTION);
        assertEquals(List.of("decree:REQUIRED_FOR_ACTION:IMPOSE_SANCTION"),
                missing(() -> trackRequest(TrackAction.IMPOSE_SANCTION, "SK-1", null, null).requireFields(fields)));
        TransitionRequests.Decree decree = new TransitionRequests.Decree("800/1/2024", LocalDate.of(2024, 5, 1),
                "TEGURAN_TERTULIS", null, null);
        assertDoesNotThrow(() -> trackRequest(TrackAction.IMPOSE_SANCTION, null, null, decree).requireFields(fields));
    }

    @Test
    void anEscalationNeedsItsDocumentNumber() {
        Set<ReportWorkflow.Field> fields = required(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.BLOKIR_DATA);
        assertEquals(List.of("documentNumber:REQUIRED_FOR_ACTION:BLOKIR_DATA"),
                missing(() -> trackRequest(TrackAction.BLOKIR_DATA, " ", null, null).requireFields(fields)));
    }
}
