package id.netralitas.report;


/** The answer to a submission: the report and, for a new public report, its receipt (shown this once). */
public record ReportIntakeResponse(
        ReportResponse report,
        String receipt) {
}
