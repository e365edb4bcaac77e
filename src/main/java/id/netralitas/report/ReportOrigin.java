package id.netralitas.report;

/** How a case came in. */
public enum ReportOrigin {
    /** A public report (laporan). */
    LAPORAN,
    /** A supervisor's own finding (temuan). */
    TEMUAN,
    /** A case forwarded by another body (penerusan). */
    PENERUSAN,
    /** Raised inside the agency: the superior must act on any information (PP 94/2021 Pasal 26). */
    INTERNAL
}
