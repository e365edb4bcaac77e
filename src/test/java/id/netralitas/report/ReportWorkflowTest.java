package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.security.Roles;
import id.netralitas.election.DeadlineKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition tables, row by row: every legal move is listed here, and nothing else is legal. */
class ReportWorkflowTest {

    static Stream<Arguments> caseRows() {
        return Stream.of(
                Arguments.of("DITERIMA", "REGISTER", "DIREGISTRASI", "bawaslu", "REGISTRATION_NUMBER", "BAWASLU_DECISION"),
                Arguments.of("DITERIMA", "REJECT_REQUIREMENTS", "TIDAK_MEMENUHI_SYARAT", "bawaslu", "NOTE", null),
                Arguments.of("DIREGISTRASI", "START_CLARIFICATION", "KLARIFIKASI", "bawaslu", "", null),
                Arguments.of("DIREGISTRASI", "START_STUDY", "KAJIAN", "bawaslu", "", null),
                Arguments.of("KLARIFIKASI", "START_STUDY", "KAJIAN", "bawaslu", "", null),
                Arguments.of("DIREGISTRASI", "EXTEND_DECISION", null, "bawaslu", "NOTE", "BAWASLU_DECISION_EXTENSION"),
                Arguments.of("KLARIFIKASI", "EXTEND_DECISION", null, "bawaslu", "NOTE", "BAWASLU_DECISION_EXTENSION"),
                Arguments.of("KAJIAN", "EXTEND_DECISION", null, "bawaslu", "NOTE", "BAWASLU_DECISION_EXTENSION"),
                Arguments.of("KAJIAN", "DECLARE_NO_VIOLATION", "BUKAN_PELANGGARAN", "bawaslu", "NOTE", null),
                Arguments.of("KAJIAN", "STOP", "DIHENTIKAN", "bawaslu", "NOTE", null),
                Arguments.of("KAJIAN", "FORWARD", "DITERUSKAN", "bawaslu", "FORWARD_LETTER_NUMBER", "AUTHORITY_VERIFICATION"),
                Arguments.of("DITERUSKAN", "START_VERIFICATION", "VERIFIKASI", "verifier", "", null),
                Arguments.of("VERIFIKASI", "DECLARE_NOT_PROVEN", "TIDAK_TERBUKTI", "verifier", "NOTE", null),
                Arguments.of("VERIFIKASI", "REJECT", "DITOLAK", "verifier", "NOTE", null),
                Arguments.of("VERIFIKASI", "CANCEL", "DIBATALKAN", "verifier", "NOTE", null),
                Arguments.of("VERIFIKASI", "RECOMMEND", "DIREKOMENDASIKAN", "verifier", "RECOMMENDATION", "PPK_FOLLOW_UP"),
                Arguments.of("KAJIAN", "MARK_DUPLICATE", "DUPLIKAT", "bawaslu,verifier", "DUPLICATE_OF", null),
                Arguments.of("DITERIMA", "LINK_EMPLOYEE", null, "bawaslu,verifier", "EMPLOYEE_LINK", null),
                Arguments.of("BUKAN_PELANGGARAN", "REOPEN", null, "admin", "NOTE", null),
                Arguments.of("SELESAI", "REOPEN", null, "admin", "NOTE", null),
                Arguments.of("VERIFIKASI", "REFER_TO_BAWASLU", "DITERIMA", "verifier", "NOTE", "PRELIMINARY_REVIEW"),
                Arguments.of("PEMANGGILAN", "SUMMON", "PEMERIKSAAN", "ppk", "DOCUMENT_NUMBER", "INTERNAL_EXAMINATION"),
                Arguments.of("PEMANGGILAN", "DECLARE_NO_VIOLATION", "BUKAN_PELANGGARAN", "ppk", "NOTE", null),
                Arguments.of("PEMERIKSAAN", "SUMMON", null, "ppk", "DOCUMENT_NUMBER", "INTERNAL_EXAMINATION"),
                Arguments.of("PEMERIKSAAN", "RECORD_EXAMINATION", null, "ppk", "DOCUMENT_NUMBER", null),
                Arguments.of("PEMERIKSAAN", "FORM_EXAMINATION_TEAM", null, "ppk", "DOCUMENT_NUMBER", null),
                Arguments.of("PEMERIKSAAN", "DECLARE_NOT_PROVEN", "TIDAK_TERBUKTI", "ppk", "NOTE", null),
                Arguments.of("PEMERIKSAAN", "CONCLUDE_EXAMINATION", "DIREKOMENDASIKAN", "ppk", "RECOMMENDATION",
                        "PPK_FOLLOW_UP"),
                Arguments.of("DIREKOMENDASIKAN", "AMEND_RECOMMENDATION", null, "verifier", "RECOMMENDATION", null));
    }

    static Stream<Arguments> entryRows() {
        return Stream.of(
                Arguments.of("TEMUAN", "BAWASLU", "bawaslu", "DIREGISTRASI", "BAWASLU_DECISION", "RECEIPT"),
                Arguments.of("LAPORAN", "PORTAL", "public", "DITERIMA", "PRELIMINARY_REVIEW", "RECEIPT"),
                Arguments.of("LAPORAN", "SBT", "bawaslu", "DITERIMA", "PRELIMINARY_REVIEW", "RECEIPT"),
                Arguments.of("PENERUSAN", "BAWASLU", "bawaslu", "DITERUSKAN", "AUTHORITY_VERIFICATION", "FORWARD_LETTER"),
                Arguments.of("INTERNAL", "SBT", "verifier", "VERIFIKASI", "SATGAS_VERIFICATION", "RECEIPT"),
                Arguments.of("INTERNAL", "SP4N_LAPOR", "verifier", "VERIFIKASI", "SATGAS_VERIFICATION", "RECEIPT"),
                Arguments.of("INTERNAL", "INSTANSI", "admin", "VERIFIKASI", "SATGAS_VERIFICATION", "RECEIPT"),
                Arguments.of("INTERNAL", "INSTANSI", "ppk", "PEMANGGILAN", "INTERNAL_SUMMONS", "RECEIPT"));
    }

    @ParameterizedTest(name = "{0} via {1} by {2} enters {3}")
    @MethodSource("entryRows")
    void entryRow(String origin, String channel, String role, String state, String deadline, String start) {
        ReportWorkflow.EntryRow row = ReportWorkflow.entry(ReportOrigin.valueOf(origin), ReportChannel.valueOf(channel),
                role);
        assertEquals(ReportStatus.valueOf(state), row.state());
        assertEquals(DeadlineKind.valueOf(deadline), row.deadline());
        assertEquals(ReportWorkflow.DeadlineStart.valueOf(start), row.start());
    }

    @Test
    void everyOriginHasAnEntryForEveryRole() {
        for (ReportOrigin origin : ReportOrigin.values()) {
            for (String role : Roles.ALL) {
                for (ReportChannel channel : ReportChannel.values()) {
                    assertTrue(ReportWorkflow.entry(origin, channel, role).origin() == origin);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("caseRows")
    void caseRow(String from, String action, String to, String roles, String fields, String deadline) {
        ReportWorkflow.CaseRow row = ReportWorkflow.caseRow(ReportStatus.valueOf(from), CaseAction.valueOf(action))
                .orElseThrow(() -> new AssertionError("no row " + from + " " + action));
        assertEquals(to == null ? null : ReportStatus.valueOf(to), row.to());
        assertEquals(Set.of(roles.split(",")), row.roles());
        assertEquals(fields.isEmpty() ? Set.of() : Set.of(ReportWorkflow.Field.valueOf(fields)), row.required());
        assertEquals(deadline == null ? null : DeadlineKind.valueOf(deadline), row.deadline());
    }

    @Test
    void eachStateOffersExactlyTheseActions() {
        assertActions(ReportStatus.DITERIMA, "bawaslu", "REGISTER", "REJECT_REQUIREMENTS", "LINK_EMPLOYEE", "MARK_DUPLICATE");
        assertActions(ReportStatus.DITERIMA, "verifier", "LINK_EMPLOYEE", "MARK_DUPLICATE");
        assertActions(ReportStatus.DIREGISTRASI, "bawaslu", "START_CLARIFICATION", "START_STUDY", "EXTEND_DECISION",
                "LINK_EMPLOYEE", "MARK_DUPLICATE");
        assertActions(ReportStatus.KAJIAN, "bawaslu", "EXTEND_DECISION", "DECLARE_NO_VIOLATION", "STOP", "FORWARD",
                "LINK_EMPLOYEE", "MARK_DUPLICATE");
        assertActions(ReportStatus.VERIFIKASI, "bawaslu", "LINK_EMPLOYEE", "MARK_DUPLICATE");
        assertActions(ReportStatus.DIREKOMENDASIKAN, "verifier", "AMEND_RECOMMENDATION");
        assertActions(ReportStatus.DIREKOMENDASIKAN, "admin");
        for (ReportStatus terminal : ReportWorkflow.TERMINAL) {
            assertActions(terminal, "admin", "REOPEN");
            assertActions(terminal, "bawaslu");
            assertActions(terminal, "verifier");
        }
        assertActions(ReportStatus.VERIFIKASI, "verifier", "DECLARE_NOT_PROVEN", "REJECT", "CANCEL", "RECOMMEND",
                "LINK_EMPLOYEE", "MARK_DUPLICATE", "REFER_TO_BAWASLU");
        assertActions(ReportStatus.PEMANGGILAN, "ppk", "SUMMON", "DECLARE_NO_VIOLATION");
        assertActions(ReportStatus.PEMERIKSAAN, "ppk", "SUMMON", "RECORD_EXAMINATION", "FORM_EXAMINATION_TEAM",
                "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        for (ReportStatus any : ReportStatus.values()) {
            if (any != ReportStatus.PEMANGGILAN && any != ReportStatus.PEMERIKSAAN) {
                assertActions(any, "ppk");
            }
            assertActions(any, "asn");
        }
    }

    @Test
    void everyOpenStateCanMoveAndEveryActionHasAHome() {
        Set<ReportStatus> open = EnumSet.complementOf(EnumSet.copyOf(ReportWorkflow.TERMINAL));
        open.remove(ReportStatus.DIREKOMENDASIKAN); // moves by its tracks
        for (ReportStatus state : open) {
            assertTrue(ReportWorkflow.CASE.stream().anyMatch(r -> r.from().contains(state) && r.to() != null),
                    state + " has no way forward");
        }
        Set<CaseAction> used = ReportWorkflow.CASE.stream().map(ReportWorkflow.CaseRow::action).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(CaseAction.class), used);
        Set<TrackAction> trackUsed = ReportWorkflow.TRACK.stream().map(ReportWorkflow.TrackRow::action)
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(TrackAction.class), trackUsed);
    }

    static Stream<Arguments> trackRows() {
        return Stream.of(
                Arguments.of("MENUNGGU_TINDAK_LANJUT_PPK", "IMPOSE_SANCTION", "SANKSI_DIJATUHKAN", "ppk", null, null),
                Arguments.of("MENUNGGU_TINDAK_LANJUT_PPK", "EMPLOYEE_LEFT", "TERLAPOR_SUDAH_BERHENTI", "ppk,verifier", null, null),
                Arguments.of("MENUNGGU_TINDAK_LANJUT_PPK", "PERINGATAN", null, "verifier", "NONE", "PERINGATAN"),
                Arguments.of("MENUNGGU_TINDAK_LANJUT_PPK", "TEGURAN", null, "verifier", "PERINGATAN", "TEGURAN"),
                Arguments.of("MENUNGGU_TINDAK_LANJUT_PPK", "BLOKIR_DATA", null, "verifier", "TEGURAN", "BLOKIR_DATA"),
                Arguments.of("SANKSI_DIJATUHKAN", "FILE_OBJECTION", "KEBERATAN", "ppk,asn", null, null),
                Arguments.of("SANKSI_DIJATUHKAN", "FILE_APPEAL", "BANDING_ADMINISTRATIF", "ppk,asn", null, null),
                // decided by the role among these that the election's objection or appeal rule names
                Arguments.of("KEBERATAN", "UPHOLD", "SANKSI_DIKUATKAN", "ppk,verifier", null, null),
                Arguments.of("BANDING_ADMINISTRATIF", "AMEND", "SANKSI_DIUBAH", "ppk,verifier", null, null),
                Arguments.of("KEBERATAN", "ANNUL", "SANKSI_DIBATALKAN", "ppk,verifier", null, null),
                Arguments.of("SANKSI_DIJATUHKAN", "DELIVER_DECREE", null, "ppk", null, null),
                Arguments.of("KEBERATAN", "REPORT_TO_BKN", null, "ppk", null, null),
                Arguments.of("SANKSI_SELESAI", "REPORT_TO_BKN", null, "ppk", null, null),
                Arguments.of("SANKSI_DIJATUHKAN", "SANCTION_ENDED", "SANKSI_SELESAI", "ppk", null, null),
                Arguments.of("SANKSI_DIKUATKAN", "SANCTION_ENDED", "SANKSI_SELESAI", "ppk", null, null),
                Arguments.of("SANKSI_DIJATUHKAN", "CORRECT_DECREE", null, "ppk", null, null));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("trackRows")
    void trackRow(String from, String action, String to, String roles, String requires, String sets) {
        ReportWorkflow.TrackRow row = ReportWorkflow.trackRow(TrackStatus.valueOf(from), TrackAction.valueOf(action))
                .orElseThrow(() -> new AssertionError("no row " + from + " " + action));
        assertEquals(to == null ? null : TrackStatus.valueOf(to), row.to());
        assertEquals(Set.of(roles.split(",")), row.roles());
        assertEquals(requires == null ? null : EscalationLevel.valueOf(requires), row.requiresLevel());
        assertEquals(sets == null ? null : EscalationLevel.valueOf(sets), row.setsLevel());
        assertEquals(Set.of("UPHOLD", "AMEND", "ANNUL").contains(action), row.decidedByRule());
    }

    @Test
    void escalationGoesOneStepAtATimeAndClosedTracksOfferNothingToThePpk() {
        Set<String> verifier = Set.of(Roles.VERIFIER);
        assertEquals(List.of(TrackAction.EMPLOYEE_LEFT, TrackAction.PERINGATAN),
                ReportWorkflow.trackActions(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, EscalationLevel.NONE, verifier));
        assertEquals(List.of(TrackAction.EMPLOYEE_LEFT, TrackAction.TEGURAN),
                ReportWorkflow.trackActions(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, EscalationLevel.PERINGATAN, verifier));
        assertEquals(List.of(TrackAction.EMPLOYEE_LEFT),
                ReportWorkflow.trackActions(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, EscalationLevel.BLOKIR_DATA, verifier));
        Set<String> ppk = Set.of(Roles.PPK);
        for (TrackStatus status : TrackStatus.values()) {
            if (status.closed() && status != TrackStatus.SANKSI_DIJATUHKAN) {
                List<TrackAction> expected = status == TrackStatus.SANKSI_DIKUATKAN || status == TrackStatus.SANKSI_DIUBAH
                        ? List.of(TrackAction.REPORT_TO_BKN, TrackAction.SANCTION_ENDED, TrackAction.CORRECT_DECREE)
                        : status == TrackStatus.SANKSI_SELESAI ? List.of(TrackAction.REPORT_TO_BKN) : List.of();
                assertEquals(expected, ReportWorkflow.trackActions(status, EscalationLevel.NONE, ppk), status.name());
            }
        }
        assertEquals(new HashSet<>(List.of(TrackAction.FILE_OBJECTION, TrackAction.FILE_APPEAL, TrackAction.SANCTION_ENDED,
                        TrackAction.CORRECT_DECREE, TrackAction.DELIVER_DECREE, TrackAction.REPORT_TO_BKN)),
                new HashSet<>(ReportWorkflow.trackActions(TrackStatus.SANKSI_DIJATUHKAN, EscalationLevel.NONE, ppk)));
    }

    private static void assertActions(ReportStatus state, String role, String... expected) {
        assertEquals(Stream.of(expected).map(CaseAction::valueOf).collect(Collectors.toSet()),
                new HashSet<>(ReportWorkflow.caseActions(state, Set.of(role))), state + " for " + role);
    }
}
