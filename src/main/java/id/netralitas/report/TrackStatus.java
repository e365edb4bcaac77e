package id.netralitas.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The state of one reported employee's follow-up after a recommendation. */
public enum TrackStatus {
    /** The recommendation found nothing proven against this employee. */
    TIDAK_TERBUKTI(true, false),
    /** Waiting for the PPK to impose the recommended sanction. */
    MENUNGGU_TINDAK_LANJUT_PPK(false, false),
    SANKSI_DIJATUHKAN(true, true),
    /** The employee had already left the service (retired, resigned, dismissed). */
    TERLAPOR_SUDAH_BERHENTI(true, false),
    /** Objection (keberatan) against a decree other than dismissal. */
    KEBERATAN(false, true),
    /** Administrative appeal (banding administratif) against a dismissal. */
    BANDING_ADMINISTRATIF(false, true),
    SANKSI_DIKUATKAN(true, true),
    SANKSI_DIUBAH(true, true),
    SANKSI_DIBATALKAN(true, false),
    /** The sanction was served: its term (from the effective date, for the decree's months) has ended. */
    SANKSI_SELESAI(true, true);

    private final boolean closed;
    private final boolean sanctioned;

    TrackStatus(boolean closed, boolean sanctioned) {
        this.closed = closed;
        this.sanctioned = sanctioned;
    }

    /** The states in which a sanction stands: imposed, under objection or appeal, upheld or amended. */
    public static Set<TrackStatus> sanctionedStates() {
        return SANCTIONED;
    }

    private static final Set<TrackStatus> SANCTIONED = Collections.unmodifiableSet(EnumSet.copyOf(
            Arrays.stream(values()).filter(status -> status.sanctioned).toList()));

    /** Whether the follow-up of this employee is over (the case completes when every track is). */
    public boolean closed() {
        return closed;
    }
}
