package id.netralitas.report;

import id.netralitas.common.persistence.Where;
import java.time.LocalDate;

/**
 * The two follow-up judgements every view of a PPK track shares, each defined once, in Java (for one
 * track) and as an HQL condition (for lists, filters and statistics):
 * <ul>
 * <li><b>overdue</b>: the track still waits for the PPK ({@link TrackStatus#MENUNGGU_TINDAK_LANJUT_PPK})
 * and its deadline is before today (WIB);</li>
 * <li><b>sanctioned within the deadline</b>: a decree was recorded ({@code sanctionedAt}) on or before
 * the deadline.</li>
 * </ul>
 * The HQL forms use the parameters {@code :waiting} and {@code :today}, which {@link #overdueParams}
 * binds.
 */
public final class TrackRules {

    private TrackRules() {
    }

    /**
     * The first day after a sanction with a term (a decree with an effective date and months), or null
     * for a sanction without one (a reprimand, a dismissal).
     */
    public static LocalDate sanctionEndsOn(ReportTrack track) {
        return track.effectiveDate == null || track.durationMonths == null ? null
                : track.effectiveDate.plusMonths(track.durationMonths);
    }

    public static boolean overdue(ReportTrack track, LocalDate today) {
        return track.status == TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK && track.deadlineDue != null
                && track.deadlineDue.isBefore(today);
    }

    /** HQL condition: the track with this alias is overdue (parameters {@code :waiting}, {@code :today}). */
    public static String overdue(String alias) {
        return "(" + alias + ".status = :waiting and " + alias + ".deadlineDue < :today)";
    }

    public static Where overdueParams(Where where, LocalDate today) {
        return where.param("waiting", TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK).param("today", today);
    }

    /** Whether the decree came on or before the deadline; null while no decree is recorded. */
    public static Boolean sanctionedWithinDeadline(ReportTrack track) {
        return track.sanctionedAt == null ? null : track.deadlineDue == null || !track.sanctionedAt.isAfter(track.deadlineDue);
    }

    /** HQL condition: the track with this alias has a decree recorded on or before its deadline. */
    public static String sanctionedWithinDeadline(String alias) {
        return "(" + alias + ".sanctionedAt is not null and (" + alias + ".deadlineDue is null or " + alias
                + ".sanctionedAt <= " + alias + ".deadlineDue))";
    }
}
