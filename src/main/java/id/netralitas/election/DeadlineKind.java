package id.netralitas.election;

/** The handling steps that carry a time limit; the amounts are data per election. */
public enum DeadlineKind {
    /** A supervisor's finding (temuan) must be set within this time of its discovery. */
    FINDING,
    /** A report (laporan) must be filed within this time of the reporter learning of the incident. */
    REPORTING,
    /** Bawaslu's preliminary review (kajian awal) of a received report. */
    PRELIMINARY_REVIEW,
    /** Bawaslu's decision after a report is registered. */
    BAWASLU_DECISION,
    /** Extension of Bawaslu's decision period when more information is needed. */
    BAWASLU_DECISION_EXTENSION,
    /** The supervising authority's (KASN/BKN) verification of a forwarded case. */
    AUTHORITY_VERIFICATION,
    /** The PPK's imposition of the recommended sanction. */
    PPK_FOLLOW_UP,
    /** The task force's (Satgas) verification of a complaint received directly (SBT, SP4N-LAPOR!). */
    SATGAS_VERIFICATION,
    /** An agency's own case: the superior's summons of the employee after learning of the breach. */
    INTERNAL_SUMMONS,
    /** An agency's own case: the examination and its conclusion after the summons. */
    INTERNAL_EXAMINATION,
    /** The employee's objection (keberatan, PP 79/2021) against a disciplinary decree other than dismissal. */
    OBJECTION,
    /** The employee's administrative appeal (banding administratif, PP 79/2021) against a dismissal. */
    ADMINISTRATIVE_APPEAL;

    /** Whether the rule of this kind also names the role that decides the step (an objection, an appeal). */
    public boolean decided() {
        return this == OBJECTION || this == ADMINISTRATIVE_APPEAL;
    }
}
