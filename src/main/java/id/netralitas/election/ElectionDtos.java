package id.netralitas.election;

import id.netralitas.calendar.DeadlineUnit;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.regulation.LegalReferenceRequest;
import id.netralitas.regulation.LegalReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the election endpoints. */
public final class ElectionDtos {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*(-[A-Z0-9.]+)*$";
    public static final String REGION_PATTERN = "^\\d{2}((\\.?\\d{2}){0,2}|(\\.?\\d{2}){2}\\.?\\d{4})$";

    private ElectionDtos() {
    }

    @Schema(name = "DeadlineRule", description = "A handling time limit that applies to the election's cases")
    public record DeadlineRuleResponse(
            DeadlineKind kind,
            @Schema(format = "int32", minimum = "0", maximum = "365", example = "7") int amount,
            DeadlineUnit unit,
            @Schema(description = "What starts the count", maxLength = 500,
                    example = "the day the reporter learned of the incident") String countedFrom,
            @Schema(description = "Where the limit comes from") LegalReferenceResponse legalBasis,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        static DeadlineRuleResponse of(Election.DeadlineRule rule) {
            return new DeadlineRuleResponse(rule.kind, rule.amount, rule.unit, rule.countedFrom,
                    rule.legalBasis == null || rule.legalBasis.regulation == null ? null
                            : LegalReferenceResponse.of(rule.legalBasis), rule.note);
        }
    }

    @Schema(name = "Election", description = "An election with its calendar, legal basis and handling time limits")
    public record ElectionResponse(
            @Schema(maxLength = 40, pattern = CODE_PATTERN, example = "PILKADA-2024") String code,
            ElectionType type,
            @Schema(maxLength = 255, example = "Pemilihan Gubernur, Bupati, dan Wali Kota Serentak 2024") String name,
            ElectionScope scope,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-11-27") LocalDate votingDate,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-09-25") LocalDate campaignStart,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-11-23") LocalDate campaignEnd,
            @Schema(description = "The day KPU determines the candidates (a bakal calon becomes a calon)",
                    type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-09-22")
            LocalDate candidateDeterminationDate,
            @Schema(description = "Start of the collection of support for independent candidates", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2024-05-05") LocalDate supportCollectionStart,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-08-19") LocalDate supportCollectionEnd,
            @Schema(description = "First incident date a report about this election may concern", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2022-09-22") LocalDate incidentWindowStart,
            @Schema(description = "Last incident date a report about this election may concern", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2025-02-20") LocalDate incidentWindowEnd,
            @Schema(description = "Number of participating regions; 0 for a national election (every region)",
                    format = "int64", minimum = "0", maximum = "100000", example = "545") long regionCount,
            @Schema(maxItems = 20) List<LegalReferenceResponse> legalBasis,
            @Schema(maxItems = 20) List<DeadlineRuleResponse> deadlineRules,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        static ElectionResponse of(Election e, long regionCount) {
            return new ElectionResponse(e.code, e.type, e.name, e.scope, e.votingDate, e.campaignStart, e.campaignEnd,
                    e.candidateDeterminationDate, e.supportCollectionStart, e.supportCollectionEnd, e.incidentWindowStart,
                    e.incidentWindowEnd, regionCount, e.legalBasis.stream().map(LegalReferenceResponse::of).toList(),
                    e.deadlineRules.stream().sorted(Comparator.comparingInt(r -> r.kind.ordinal()))
                            .map(DeadlineRuleResponse::of).toList(), e.note);
        }
    }

    @Schema(name = "DeadlineRuleInput")
    public record DeadlineRuleRequest(
            @NotNull @Schema(required = true) DeadlineKind kind,
            @NotNull @Min(0) @Max(365) @Schema(required = true, format = "int32", minimum = "0", maximum = "365", example = "7")
            Integer amount,
            @NotNull @Schema(required = true) DeadlineUnit unit,
            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
                    example = "the day the reporter learned of the incident") String countedFrom,
            @Valid @Schema(description = "Where the limit comes from") LegalReferenceRequest legalBasis,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "ElectionInput", description = "An election as an admin creates (POST, `code` required) or "
            + "replaces it (PUT, `code` omitted or equal to the path). Regions are set separately.")
    public record ElectionRequest(
            @Size(max = 40) @Pattern(regexp = CODE_PATTERN)
            @Schema(maxLength = 40, pattern = CODE_PATTERN, example = "PSU-2025-74.71") String code,
            @NotNull @Schema(required = true) ElectionType type,
            @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255,
                    example = "Pemungutan suara ulang Pemilihan Wali Kota Kendari") String name,
            @NotNull @Schema(required = true) ElectionScope scope,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-04-19")
            LocalDate votingDate,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-04-01")
            LocalDate campaignStart,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-04-15")
            LocalDate campaignEnd,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-03-25")
            LocalDate candidateDeterminationDate,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate supportCollectionStart,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate supportCollectionEnd,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-03-01")
            LocalDate incidentWindowStart,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10, example = "2025-06-30")
            LocalDate incidentWindowEnd,
            @Size(max = 20) @Schema(maxItems = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @Size(max = 20) @Schema(maxItems = 20) List<@NotNull @Valid DeadlineRuleRequest> deadlineRules,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "ElectionRegionsInput", description = "The complete list of participating regions")
    public record RegionsRequest(
            @NotNull @Size(max = 1000) @Schema(required = true, maxItems = 1000, description = "Dotted or compact region codes",
                    type = SchemaType.ARRAY, implementation = RegionCodeValue.class)
            List<String> regionCodes) {
    }

    /** The item schema of region code lists. */
    @Schema(name = "RegionCodeValue", type = SchemaType.STRING, maxLength = 13, pattern = REGION_PATTERN, example = "74.71")
    public static final class RegionCodeValue {
        private RegionCodeValue() {
        }
    }

    @Schema(name = "ElectionRegionsResult")
    public record RegionsResult(
            @Schema(maxLength = 40, pattern = CODE_PATTERN, example = "PILKADA-2024") String electionCode,
            @Schema(format = "int64", minimum = "0", maximum = "100000", example = "545") long regionCount) {
    }

    @Schema(name = "ElectionPhaseResult", description = "Where a date falls in an election's calendar")
    public record PhaseResult(
            @Schema(maxLength = 40, pattern = CODE_PATTERN, example = "PILKADA-2024") String electionCode,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-10-10") LocalDate on,
            ElectionPhase phase,
            CandidatePhase candidatePhase,
            @Schema(description = "Whether the date lies in the election's incident window") boolean inIncidentWindow,
            @Schema(description = "Whether the date lies in the support-collection period for independent candidates")
            boolean inSupportCollection) {
    }

    @Schema(name = "ElectionDeadline", description = "A handling time limit applied to a start date")
    public record DeadlineResult(
            DeadlineRuleResponse rule,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-04-05") LocalDate from,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-05-06") LocalDate dueDate,
            @Schema(description = "Years in the span without holiday data (only weekends skipped there)", maxItems = 10,
                    type = SchemaType.ARRAY, implementation = id.netralitas.calendar.CalendarResponses.CalendarYear.class)
            List<Integer> yearsWithoutHolidayData) {
    }

    @Schema(name = "ElectionDeadlines")
    public record DeadlinesResult(
            @Schema(maxLength = 40, pattern = CODE_PATTERN, example = "PEMILU-2024") String electionCode,
            @Schema(maxItems = 20) List<DeadlineResult> items) {
    }
}
