package id.netralitas.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission: the report and, for a new public report, its receipt (shown this once). */
@Schema(name = "ReportIntake", description = "The report as registered and, for a new public report, the receipt: "
        + "shown once, stored only as a hash; keep it to follow the case")
public record ReportIntakeResponse(
        ReportResponse report,
        @Schema(maxLength = 24, pattern = "^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", example = "7KQ2-M9XD-4TRA-WP3E-H6N1")
        String receipt) {
}
