package id.netralitas.report;

/** Actions on a case as a whole; who may take which, and when, is in {@link ReportWorkflow}. */
public enum CaseAction {
    REGISTER, REJECT_REQUIREMENTS, START_CLARIFICATION, START_STUDY, EXTEND_DECISION, DECLARE_NO_VIOLATION, STOP,
    FORWARD, START_VERIFICATION, DECLARE_NOT_PROVEN, REJECT, CANCEL, RECOMMEND, LINK_EMPLOYEE, MARK_DUPLICATE, REOPEN
}
