package id.netralitas.event;

/** What happened; the change feed's {@code types} filter and webhook subscriptions use these names. */
public enum DomainEventType {
    REPORT_CREATED,
    REPORT_TRANSITION,
    TRACK_TRANSITION,
    REPORT_EMPLOYEE_LINKED,
    REPORT_CORRECTED,
    EVIDENCE_ADDED,
    SIGNATURE_CREATED,
    SIGNATURE_REVOKED,
    EMPLOYEE_BLOCKED,
    EMPLOYEE_UNBLOCKED,
    CATALOGUE_CHANGED;

    /** Events about a report: what {@code bawaslu} reads and may subscribe to. */
    public boolean isReportEvent() {
        return switch (this) {
            case REPORT_CREATED, REPORT_TRANSITION, TRACK_TRANSITION, REPORT_EMPLOYEE_LINKED, REPORT_CORRECTED, EVIDENCE_ADDED ->
                    true;
            default -> false;
        };
    }
}
