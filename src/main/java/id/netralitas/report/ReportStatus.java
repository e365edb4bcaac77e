package id.netralitas.report;

/**
 * Case-level states of a report (docs/workflow.md). Intake sets DITERIMA, or DIREGISTRASI for a
 * supervisor's finding (temuan); the handling workflow moves a case through the others.
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
    DUPLIKAT
}
