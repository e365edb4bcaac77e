package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactCoverage", description = "Coverage of an election's pact, in total and per group")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageResponse(
        @Schema(maxLength = 40) String electionCode,
        @Schema(enumeration = {"region", "agency"}, maxLength = 6) String groupBy,
        @Schema(maxLength = 13) String regionCode,
        CoverageGroup total,
        @Schema(maxItems = 100000) List<CoverageGroup> groups) {
}
