package id.netralitas.report;

/** The state of one reported employee's follow-up after a recommendation. */
public enum TrackStatus {
    /** The recommendation found nothing proven against this employee. */
    TIDAK_TERBUKTI(true),
    /** Waiting for the PPK to impose the recommended sanction. */
    MENUNGGU_TINDAK_LANJUT_PPK(false),
    SANKSI_DIJATUHKAN(true),
    /** The employee had already left the service (retired, resigned, dismissed). */
    TERLAPOR_SUDAH_BERHENTI(true),
    /** Objection (keberatan) against a decree other than dismissal. */
    KEBERATAN(false),
    /** Administrative appeal (banding administratif) against a dismissal. */
    BANDING_ADMINISTRATIF(false),
    SANKSI_DIKUATKAN(true),
    SANKSI_DIUBAH(true),
    SANKSI_DIBATALKAN(true);

    private final boolean closed;

    TrackStatus(boolean closed) {
        this.closed = closed;
    }

    /** Whether the follow-up of this employee is over (the case completes when every track is). */
    public boolean closed() {
        return closed;
    }
}
