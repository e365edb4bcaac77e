package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction of what was filed: each field present replaces the case's value (absent fields stay),
 * reported persons are added or removed (by position), and {@code reason} says why. The corrected case
 * is validated as a whole, as at intake.
 */
public record ReportCorrection(
        @Size(min = 1, max = 20) List<@NotBlank @Size(max = 60) String> violationTypeCodes,
        CandidatePhase candidatePhase,
        @Size(max = 13) String incidentRegionCode,
        LocalDate incidentDate,
        LocalDate knownDate,
        @Size(max = 500) String incidentPlace,
        @Size(max = 10) List<ReportRequest.@NotNull @Valid ReportedEmployee> addReportedEmployees,
        @Size(max = 50) List<@NotNull @Min(1) @Max(50) Integer> removeReportedPositions,
        @NotBlank @Size(max = 2000) String reason) {
}
