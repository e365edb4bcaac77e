package id.netralitas.pact.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactCoverageFigures", description = "Active employees, valid individual signatures, and the share")
public record CoverageGroup(
        @Schema(maxLength = 40, description = "Region code or agency code; absent for the total") String code,
        @Schema(maxLength = 255) String name,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long activeEmployees,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long signed,
        @Schema(format = "double", minimum = "0", maximum = "1000000", example = "87.5",
                description = "signed / activeEmployees × 100, two decimals; 0 without employees") double percentage) {
}
