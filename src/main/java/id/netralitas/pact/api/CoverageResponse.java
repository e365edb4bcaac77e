package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageResponse(
        String electionCode,
        String groupBy,
        String regionCode,
        CoverageGroup total,
        List<CoverageGroup> groups) {
}
