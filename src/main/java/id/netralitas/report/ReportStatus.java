package id.netralitas.report;

/**
 * Case-level states of a report (docs/workflow.md). Intake sets the state of the report's entry row
 * ({@link ReportWorkflow#ENTRY}); the handling workflow moves a case through the others.
 */
public enum ReportStatus {
    DITERIMA,
    TIDAK_MEMENUHI_SYARAT,
    DIREGISTRASI,
    KLARIFIKASI,
    KAJIAN,
    BUKAN_PELANGGARAN,
    DIHENTIKAN,
    DITERUSKAN,
    VERIFIKASI,
    TIDAK_TERBUKTI,
    DITOLAK,
    DIBATALKAN,
    DIREKOMENDASIKAN,
    SELESAI,
    DUPLIKAT,
    /** An agency's own case (PP 94/2021): the superior must summon the employee. */
    PEMANGGILAN,
    /** An agency's own case: the employee was summoned; examination, examination team, conclusion. */
    PEMERIKSAAN
}
