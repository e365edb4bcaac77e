package id.netralitas.report;

import static id.netralitas.report.ReportStatus.BUKAN_PELANGGARAN;
import static id.netralitas.report.ReportStatus.DIBATALKAN;
import static id.netralitas.report.ReportStatus.DIHENTIKAN;
import static id.netralitas.report.ReportStatus.DIREGISTRASI;
import static id.netralitas.report.ReportStatus.DIREKOMENDASIKAN;
import static id.netralitas.report.ReportStatus.DITERIMA;
import static id.netralitas.report.ReportStatus.DITERUSKAN;
import static id.netralitas.report.ReportStatus.DITOLAK;
import static id.netralitas.report.ReportStatus.DUPLIKAT;
import static id.netralitas.report.ReportStatus.KAJIAN;
import static id.netralitas.report.ReportStatus.KLARIFIKASI;
import static id.netralitas.report.ReportStatus.PEMANGGILAN;
import static id.netralitas.report.ReportStatus.PEMERIKSAAN;
import static id.netralitas.report.ReportStatus.SELESAI;
import static id.netralitas.report.ReportStatus.TIDAK_MEMENUHI_SYARAT;
import static id.netralitas.report.ReportStatus.TIDAK_TERBUKTI;
import static id.netralitas.report.ReportStatus.VERIFIKASI;

import id.netralitas.common.security.Roles;
import id.netralitas.election.DeadlineKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The handling workflow as three explicit tables: where a report enters (by origin, channel and the
 * submitter's role), case transitions (intake and Bawaslu stages by {@code bawaslu}, verification and
 * recommendation by {@code verifier}, an agency's own examination by its {@code ppk}, reopening by
 * {@code admin}) and per-employee track transitions (follow-up by the {@code ppk} of the employee's
 * agency, escalation and appeal outcomes by {@code verifier}). Each transition row: from state,
 * action, next state ({@code null} keeps the state), roles, required fields, and the deadline it
 * starts. The service applies rows; nothing else decides which move is legal. docs/workflow.md draws
 * the tables (generated from them by a test).
 */
public final class ReportWorkflow {

    /** Fields a transition request must carry for an action. */
    public enum Field {
        NOTE("note"), REGISTRATION_NUMBER("registrationNumber"), FORWARD_LETTER_NUMBER("forwardLetterNumber"),
        RECOMMENDATION("recommendation"), DUPLICATE_OF("duplicateOf"), EMPLOYEE_LINK("employeeLink"),
        DECREE("decree"), DOCUMENT_NUMBER("documentNumber"), SANCTION_CODE("sanctionCode");

        /** The request property that carries the field. */
        public final String property;

        Field(String property) {
            this.property = property;
        }
    }

    /** The day an entry's time limit is counted from. */
    public enum DeadlineStart { RECEIPT, FORWARD_LETTER }

    /**
     * Where a report enters: the first row whose origin matches, and whose channels and roles hold the
     * report's channel and the submitter's role (an empty set holds any), gives the state and the time
     * limit it starts.
     */
    public record EntryRow(ReportOrigin origin, Set<ReportChannel> channels, Set<String> roles, ReportStatus state,
                           DeadlineKind deadline, DeadlineStart start) {

        boolean matches(ReportOrigin origin, ReportChannel channel, String role) {
            return this.origin == origin && (channels.isEmpty() || channels.contains(channel))
                    && (roles.isEmpty() || roles.contains(role));
        }
    }

    /** A case transition. */
    public record CaseRow(Set<ReportStatus> from, CaseAction action, ReportStatus to, Set<String> roles,
                          Set<Field> required, DeadlineKind deadline) {
    }

    /**
     * A track transition; {@code to == null} keeps the status (escalations, records). When
     * {@code decidedByRule} is set, {@code roles} are those that may be named to decide, and the election's
     * rule for the route ({@link #route}) names the one that does.
     */
    public record TrackRow(Set<TrackStatus> from, TrackAction action, TrackStatus to, Set<String> roles,
                           Set<Field> required, EscalationLevel requiresLevel, EscalationLevel setsLevel,
                           boolean decidedByRule) {
    }

    /** States from which nothing moves but a reopening. */
    public static final Set<ReportStatus> TERMINAL = EnumSet.of(TIDAK_MEMENUHI_SYARAT, BUKAN_PELANGGARAN, DIHENTIKAN,
            TIDAK_TERBUKTI, DITOLAK, DIBATALKAN, DUPLIKAT, SELESAI);
    /** States in which a case may still be found to duplicate another. */
    static final Set<ReportStatus> BEFORE_RECOMMENDATION = EnumSet.of(DITERIMA, DIREGISTRASI, KLARIFIKASI, KAJIAN,
            DITERUSKAN, VERIFIKASI, PEMANGGILAN, PEMERIKSAAN);

    private static final Set<String> BAWASLU = Set.of(Roles.BAWASLU);
    private static final Set<String> VERIFIER = Set.of(Roles.VERIFIER);
    private static final Set<String> OFFICERS = Set.of(Roles.BAWASLU, Roles.VERIFIER);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    /** The PPK of the employee's agency; the scope check is the service's. */
    private static final Set<String> PPK = Set.of(Roles.PPK);
    private static final Set<String> PPK_OR_VERIFIER = Set.of(Roles.PPK, Roles.VERIFIER);
    private static final Set<String> ANY_ROLE = Set.of();
    /** The ppk records an objection it received; the sanctioned employee files its own through /me/cases. */
    private static final Set<String> PPK_OR_EMPLOYEE = Set.of(Roles.PPK, Roles.ASN);
    /** The roles an election's objection or appeal rule may name to decide it. */
    private static final Set<String> DECIDERS = Set.of(Roles.VERIFIER, Roles.PPK);
    private static final Set<TrackStatus> CONTESTED = EnumSet.of(TrackStatus.KEBERATAN, TrackStatus.BANDING_ADMINISTRATIF);

    public static final List<EntryRow> ENTRY = List.of(
            new EntryRow(ReportOrigin.TEMUAN, Set.of(), ANY_ROLE, DIREGISTRASI, DeadlineKind.BAWASLU_DECISION,
                    DeadlineStart.RECEIPT),
            new EntryRow(ReportOrigin.LAPORAN, Set.of(), ANY_ROLE, DITERIMA, DeadlineKind.PRELIMINARY_REVIEW,
                    DeadlineStart.RECEIPT),
            new EntryRow(ReportOrigin.PENERUSAN, Set.of(), ANY_ROLE, DITERUSKAN, DeadlineKind.AUTHORITY_VERIFICATION,
                    DeadlineStart.FORWARD_LETTER),
            new EntryRow(ReportOrigin.INTERNAL, Set.of(ReportChannel.INSTANSI), PPK, PEMANGGILAN,
                    DeadlineKind.INTERNAL_SUMMONS, DeadlineStart.RECEIPT),
            new EntryRow(ReportOrigin.INTERNAL, Set.of(), ANY_ROLE, VERIFIKASI, DeadlineKind.SATGAS_VERIFICATION,
                    DeadlineStart.RECEIPT));

    public static final List<CaseRow> CASE = List.of(
            row(EnumSet.of(DITERIMA), CaseAction.REGISTER, DIREGISTRASI, BAWASLU, EnumSet.of(Field.REGISTRATION_NUMBER),
                    DeadlineKind.BAWASLU_DECISION),
            row(EnumSet.of(DITERIMA), CaseAction.REJECT_REQUIREMENTS, TIDAK_MEMENUHI_SYARAT, BAWASLU, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(DIREGISTRASI), CaseAction.START_CLARIFICATION, KLARIFIKASI, BAWASLU, EnumSet.noneOf(Field.class), null),
            row(EnumSet.of(DIREGISTRASI, KLARIFIKASI), CaseAction.START_STUDY, KAJIAN, BAWASLU, EnumSet.noneOf(Field.class), null),
            row(EnumSet.of(DIREGISTRASI, KLARIFIKASI, KAJIAN), CaseAction.EXTEND_DECISION, null, BAWASLU,
                    EnumSet.of(Field.NOTE), DeadlineKind.BAWASLU_DECISION_EXTENSION),
            row(EnumSet.of(KAJIAN), CaseAction.DECLARE_NO_VIOLATION, BUKAN_PELANGGARAN, BAWASLU, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(KAJIAN), CaseAction.STOP, DIHENTIKAN, BAWASLU, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(KAJIAN), CaseAction.FORWARD, DITERUSKAN, BAWASLU, EnumSet.of(Field.FORWARD_LETTER_NUMBER),
                    DeadlineKind.AUTHORITY_VERIFICATION),
            row(EnumSet.of(DITERUSKAN), CaseAction.START_VERIFICATION, VERIFIKASI, VERIFIER, EnumSet.noneOf(Field.class), null),
            row(EnumSet.of(VERIFIKASI), CaseAction.DECLARE_NOT_PROVEN, TIDAK_TERBUKTI, VERIFIER, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(VERIFIKASI), CaseAction.REJECT, DITOLAK, VERIFIER, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(VERIFIKASI), CaseAction.CANCEL, DIBATALKAN, VERIFIER, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(VERIFIKASI), CaseAction.RECOMMEND, DIREKOMENDASIKAN, VERIFIER, EnumSet.of(Field.RECOMMENDATION),
                    DeadlineKind.PPK_FOLLOW_UP),
            row(BEFORE_RECOMMENDATION, CaseAction.LINK_EMPLOYEE, null, OFFICERS, EnumSet.of(Field.EMPLOYEE_LINK), null),
            row(BEFORE_RECOMMENDATION, CaseAction.MARK_DUPLICATE, DUPLIKAT, OFFICERS, EnumSet.of(Field.DUPLICATE_OF), null),
            row(EnumSet.of(VERIFIKASI), CaseAction.REFER_TO_BAWASLU, DITERIMA, VERIFIER, EnumSet.of(Field.NOTE),
                    DeadlineKind.PRELIMINARY_REVIEW),
            row(EnumSet.of(PEMANGGILAN), CaseAction.SUMMON, PEMERIKSAAN, PPK, EnumSet.of(Field.DOCUMENT_NUMBER),
                    DeadlineKind.INTERNAL_EXAMINATION),
            row(EnumSet.of(PEMANGGILAN), CaseAction.DECLARE_NO_VIOLATION, BUKAN_PELANGGARAN, PPK, EnumSet.of(Field.NOTE),
                    null),
            row(EnumSet.of(PEMERIKSAAN), CaseAction.SUMMON, null, PPK, EnumSet.of(Field.DOCUMENT_NUMBER),
                    DeadlineKind.INTERNAL_EXAMINATION),
            row(EnumSet.of(PEMERIKSAAN), CaseAction.RECORD_EXAMINATION, null, PPK, EnumSet.of(Field.DOCUMENT_NUMBER), null),
            row(EnumSet.of(PEMERIKSAAN), CaseAction.FORM_EXAMINATION_TEAM, null, PPK, EnumSet.of(Field.DOCUMENT_NUMBER),
                    null),
            row(EnumSet.of(PEMERIKSAAN), CaseAction.DECLARE_NOT_PROVEN, TIDAK_TERBUKTI, PPK, EnumSet.of(Field.NOTE), null),
            row(EnumSet.of(PEMERIKSAAN), CaseAction.CONCLUDE_EXAMINATION, DIREKOMENDASIKAN, PPK,
                    EnumSet.of(Field.RECOMMENDATION), DeadlineKind.PPK_FOLLOW_UP),
            row(EnumSet.of(DIREKOMENDASIKAN), CaseAction.AMEND_RECOMMENDATION, null, VERIFIER,
                    EnumSet.of(Field.RECOMMENDATION), null),
            row(TERMINAL, CaseAction.REOPEN, null, ADMIN, EnumSet.of(Field.NOTE), null));

    public static final List<TrackRow> TRACK = List.of(
            track(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.IMPOSE_SANCTION, TrackStatus.SANKSI_DIJATUHKAN, PPK,
                    EnumSet.of(Field.DECREE), null, null),
            track(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.EMPLOYEE_LEFT, TrackStatus.TERLAPOR_SUDAH_BERHENTI,
                    PPK_OR_VERIFIER, EnumSet.of(Field.NOTE), null, null),
            track(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.PERINGATAN, null, VERIFIER,
                    EnumSet.of(Field.DOCUMENT_NUMBER), EscalationLevel.NONE, EscalationLevel.PERINGATAN),
            track(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.TEGURAN, null, VERIFIER,
                    EnumSet.of(Field.DOCUMENT_NUMBER), EscalationLevel.PERINGATAN, EscalationLevel.TEGURAN),
            track(TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK, TrackAction.BLOKIR_DATA, null, VERIFIER,
                    EnumSet.of(Field.DOCUMENT_NUMBER), EscalationLevel.TEGURAN, EscalationLevel.BLOKIR_DATA),
            track(TrackStatus.SANKSI_DIJATUHKAN, TrackAction.FILE_OBJECTION, TrackStatus.KEBERATAN, PPK_OR_EMPLOYEE,
                    EnumSet.of(Field.NOTE), null, null),
            track(TrackStatus.SANKSI_DIJATUHKAN, TrackAction.FILE_APPEAL, TrackStatus.BANDING_ADMINISTRATIF, PPK_OR_EMPLOYEE,
                    EnumSet.of(Field.NOTE), null, null),
            decision(TrackAction.UPHOLD, TrackStatus.SANKSI_DIKUATKAN, EnumSet.of(Field.DOCUMENT_NUMBER)),
            decision(TrackAction.AMEND, TrackStatus.SANKSI_DIUBAH, EnumSet.of(Field.DOCUMENT_NUMBER, Field.SANCTION_CODE)),
            decision(TrackAction.ANNUL, TrackStatus.SANKSI_DIBATALKAN, EnumSet.of(Field.DOCUMENT_NUMBER)),
            track(TrackStatus.SANKSI_DIJATUHKAN, TrackAction.DELIVER_DECREE, null, PPK, EnumSet.of(Field.DOCUMENT_NUMBER),
                    null, null),
            tracks(TrackStatus.sanctionedStates(), TrackAction.REPORT_TO_BKN, null, PPK, EnumSet.of(Field.DOCUMENT_NUMBER)),
            tracks(EnumSet.of(TrackStatus.SANKSI_DIJATUHKAN, TrackStatus.SANKSI_DIKUATKAN, TrackStatus.SANKSI_DIUBAH),
                    TrackAction.SANCTION_ENDED, TrackStatus.SANKSI_SELESAI, PPK, EnumSet.noneOf(Field.class)),
            tracks(EnumSet.of(TrackStatus.SANKSI_DIJATUHKAN, TrackStatus.SANKSI_DIKUATKAN, TrackStatus.SANKSI_DIUBAH),
                    TrackAction.CORRECT_DECREE, null, PPK, EnumSet.of(Field.DECREE)));

    private ReportWorkflow() {
    }

    /** Where a report of this origin and channel, submitted under this role, enters the workflow. */
    public static EntryRow entry(ReportOrigin origin, ReportChannel channel, String role) {
        return ENTRY.stream().filter(r -> r.matches(origin, channel, role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no entry row for " + origin));
    }

    /**
     * The roles that hold a case in this state: those whose rows move it on (a duplicate mark aside).
     * They correct what was filed; none hold a recommended or closed case.
     */
    public static Set<String> holders(ReportStatus state) {
        Set<String> roles = new TreeSet<>();
        CASE.stream().filter(r -> r.from().contains(state) && r.to() != null && r.action() != CaseAction.MARK_DUPLICATE)
                .forEach(r -> roles.addAll(r.roles()));
        return roles;
    }

    /** Whether the case entered on the agency's own examination track (PP 94/2021). */
    public static boolean examined(Report report) {
        return entry(report.origin, report.channel, report.submittedRole).state() == PEMANGGILAN;
    }

    /** The row for this action from this state, if the move exists at all (roles aside). */
    public static Optional<CaseRow> caseRow(ReportStatus from, CaseAction action) {
        return CASE.stream().filter(r -> r.action() == action && r.from().contains(from)).findFirst();
    }

    public static Optional<TrackRow> trackRow(TrackStatus from, TrackAction action) {
        return TRACK.stream().filter(r -> r.action() == action && r.from().contains(from)).findFirst();
    }

    /** Case actions the given roles may take from a state (preconditions beyond the table aside). */
    public static List<CaseAction> caseActions(ReportStatus from, Set<String> roles) {
        List<CaseAction> actions = new ArrayList<>();
        for (CaseRow row : CASE) {
            if (row.from().contains(from) && row.roles().stream().anyMatch(roles::contains)) {
                actions.add(row.action());
            }
        }
        return actions;
    }

    public static List<TrackAction> trackActions(TrackStatus from, EscalationLevel level, Set<String> roles) {
        List<TrackAction> actions = new ArrayList<>();
        for (TrackRow row : TRACK) {
            if (row.from().contains(from) && row.roles().stream().anyMatch(roles::contains)
                    && (row.requiresLevel() == null || row.requiresLevel() == level)) {
                actions.add(row.action());
            }
        }
        return actions;
    }

    private static CaseRow row(Set<ReportStatus> from, CaseAction action, ReportStatus to, Set<String> roles,
                               Set<Field> required, DeadlineKind deadline) {
        return new CaseRow(Set.copyOf(from), action, to, roles, required, deadline);
    }

    private static TrackRow track(TrackStatus from, TrackAction action, TrackStatus to, Set<String> roles,
                                  Set<Field> required, EscalationLevel requires, EscalationLevel sets) {
        return new TrackRow(EnumSet.of(from), action, to, roles, required, requires, sets, false);
    }

    private static TrackRow tracks(Set<TrackStatus> from, TrackAction action, TrackStatus to, Set<String> roles,
                                   Set<Field> required) {
        return new TrackRow(Set.copyOf(from), action, to, roles, required, null, null, false);
    }

    /** The decision on an objection or an appeal, by the role the election's rule for its route names. */
    private static TrackRow decision(TrackAction action, TrackStatus to, Set<Field> required) {
        return new TrackRow(Set.copyOf(CONTESTED), action, to, DECIDERS, required, null, null, true);
    }

    /** The rule that governs a contested track: objection or administrative appeal; null for any other state. */
    public static DeadlineKind route(TrackStatus status) {
        return switch (status) {
            case KEBERATAN -> DeadlineKind.OBJECTION;
            case BANDING_ADMINISTRATIF -> DeadlineKind.ADMINISTRATIVE_APPEAL;
            default -> null;
        };
    }
}
