package id.netralitas.calendar;

/** Why a weekday is not a working day for civil servants. */
public enum HolidayKind {
    /** National public holiday listed in the yearly SKB of Menag, Menaker and MenPAN-RB. */
    LIBUR_NASIONAL,
    /** Collective leave day (cuti bersama) in the SKB, a day off for ASN under the yearly Keppres. */
    CUTI_BERSAMA,
    /** Voting day declared a national holiday by Keppres. */
    LIBUR_PEMILU
}
