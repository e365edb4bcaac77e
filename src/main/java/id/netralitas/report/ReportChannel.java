package id.netralitas.report;

/** Where a case was received. */
public enum ReportChannel {
    PORTAL, BAWASLU, SIGAPLAPOR, SBT, SP4N_LAPOR, HOTLINE, INSTANSI, MEDIA
}
