package id.netralitas.calendar;

/** How a legal time limit counts: calendar days ("hari") or working days ("hari kerja"). */
public enum DeadlineUnit {
    /** Calendar days: every day counts. */
    DAYS,
    /** Working days: Monday to Friday, except the holidays and cuti bersama in the holiday table. */
    WORKING_DAYS
}
