package id.netralitas.report;

/** Actions on one reported employee's track after a recommendation; see {@link ReportWorkflow}. */
public enum TrackAction {
    IMPOSE_SANCTION, EMPLOYEE_LEFT, PERINGATAN, TEGURAN, BLOKIR_DATA, FILE_OBJECTION, FILE_APPEAL, UPHOLD, AMEND, ANNUL,
    SANCTION_ENDED, CORRECT_DECREE, DELIVER_DECREE, REPORT_TO_BKN
}
