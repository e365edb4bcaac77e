package id.netralitas.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditVerification")
public record AuditVerificationResponse(
        boolean valid,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long eventsChecked,
        @Schema(description = "The first event that does not fit the chain", format = "int64", minimum = "1",
                maximum = "9007199254740991") Long firstBrokenSeq,
        @Schema(maxLength = 20) String firstBrokenCaseNumber,
        @Schema(maxLength = 500) String reason) {
}
