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

/** Requests and answers of the election endpoints. */
public final class ElectionDtos {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*(-[A-Z0-9.]+)*$";
    /** The roles that may decide an objection or an administrative appeal. */
    public static final String DECIDER_PATTERN = "^(verifier|ppk)$";

    private ElectionDtos() {
    }

    public record DeadlineRuleResponse(
            DeadlineKind kind,
            int amount,
            DeadlineUnit unit,
            String countedFrom,
            LegalReferenceResponse legalBasis,
            String note,
            String decidedBy) {

        static DeadlineRuleResponse of(Election.DeadlineRule rule) {
            return new DeadlineRuleResponse(rule.kind, rule.amount, rule.unit, rule.countedFrom,
                    rule.legalBasis == null || rule.legalBasis.regulation == null ? null
                            : LegalReferenceResponse.of(rule.legalBasis), rule.note, rule.decidedBy);
        }
    }

    public record ElectionResponse(
            String code,
            ElectionType type,
            String name,
            ElectionScope scope,
            LocalDate votingDate,
            LocalDate campaignStart,
            LocalDate campaignEnd,
            LocalDate candidateDeterminationDate,
            LocalDate supportCollectionStart,
            LocalDate supportCollectionEnd,
            LocalDate incidentWindowStart,
            LocalDate incidentWindowEnd,
            long regionCount,
            List<LegalReferenceResponse> legalBasis,
            List<DeadlineRuleResponse> deadlineRules,
            String note) {

        static ElectionResponse of(Election e, long regionCount) {
            return new ElectionResponse(e.code, e.type, e.name, e.scope, e.votingDate, e.campaignStart, e.campaignEnd,
                    e.candidateDeterminationDate, e.supportCollectionStart, e.supportCollectionEnd, e.incidentWindowStart,
                    e.incidentWindowEnd, regionCount, e.legalBasis.stream().map(LegalReferenceResponse::of).toList(),
                    e.deadlineRules.stream().sorted(Comparator.comparingInt(r -> r.kind.ordinal()))
                            .map(DeadlineRuleResponse::of).toList(), e.note);
        }
    }

    public record DeadlineRuleRequest(
            @NotNull DeadlineKind kind,
            @NotNull @Min(0) @Max(365)
            Integer amount,
            @NotNull DeadlineUnit unit,
            @NotBlank @Size(max = 500) String countedFrom,
            @Valid LegalReferenceRequest legalBasis,
            @Size(max = 1000) String note,
            @Pattern(regexp = DECIDER_PATTERN) String decidedBy) {
    }

    public record ElectionRequest(
            @Size(max = 40) @Pattern(regexp = CODE_PATTERN)
            String code,
            @NotNull ElectionType type,
            @NotBlank @Size(max = 255) String name,
            @NotNull ElectionScope scope,
            @NotNull
            LocalDate votingDate,
            @NotNull
            LocalDate campaignStart,
            @NotNull
            LocalDate campaignEnd,
            @NotNull
            LocalDate candidateDeterminationDate,
            LocalDate supportCollectionStart,
            LocalDate supportCollectionEnd,
            @NotNull
            LocalDate incidentWindowStart,
            @NotNull
            LocalDate incidentWindowEnd,
            @Size(max = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @Size(max = 20) List<@NotNull @Valid DeadlineRuleRequest> deadlineRules,
            @Size(max = 1000) String note) {
    }

    public record RegionsRequest(
            @NotNull @Size(max = 1000)
            List<String> regionCodes) {
    }

    /** The item schema of region code lists. */
    public static final class RegionCodeValue {
        private RegionCodeValue() {
        }
    }

    public record RegionsResult(
            String electionCode,
            long regionCount) {
    }

    public record PhaseResult(
            String electionCode,
            LocalDate on,
            ElectionPhase phase,
            CandidatePhase candidatePhase,
            boolean inIncidentWindow,
            boolean inSupportCollection) {
    }

    public record DeadlineResult(
            DeadlineRuleResponse rule,
            LocalDate from,
            LocalDate dueDate,
            List<Integer> yearsWithoutHolidayData) {
    }

    public record DeadlinesResult(
            String electionCode,
            List<DeadlineResult> items) {
    }
}
