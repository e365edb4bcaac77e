package id.netralitas.regulation;

import id.netralitas.regulation.CandidatePhase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Request and answer of the violation-type catalogue. */
public final class ViolationTypeDtos {

    private ViolationTypeDtos() {
    }

    public record ViolationTypeResponse(
            String code,
            int version,
            ViolationCategory category,
            String descriptionId,
            String descriptionEn,
            List<CandidatePhase> candidatePhases,
            SanctionLevel defaultSanctionLevel,
            List<SanctionLevel> allowedSanctionLevels,
            List<LegalReferenceResponse> legalBasis,
            String sourceRegulationCode,
            String sourceCitation,
            LocalDate validFrom,
            LocalDate validTo,
            String note) {

        public static ViolationTypeResponse of(ViolationType v) {
            return new ViolationTypeResponse(v.code, v.revision, v.category, v.descriptionId, v.descriptionEn,
                    sorted(v.candidatePhases), v.defaultSanctionLevel, sorted(v.allowedSanctionLevels),
                    v.legalBasis.stream().map(LegalReferenceResponse::of).toList(), v.sourceRegulation.code,
                    v.sourceRegulation.citation, v.validFrom, v.validTo, v.note);
        }
    }

    public record ViolationTypeRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            String code,
            @NotNull ViolationCategory category,
            @NotBlank @Size(max = 1000) String descriptionId,
            @NotBlank @Size(max = 1000) String descriptionEn,
            @NotEmpty @Size(max = 2) Set<@NotNull CandidatePhase> candidatePhases,
            SanctionLevel defaultSanctionLevel,
            @NotNull @Size(max = 5) Set<@NotNull SanctionLevel> allowedSanctionLevels,
            @Size(max = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotBlank @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
            String sourceRegulationCode,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 1000) String note) implements CatalogueService.Request {
    }

    public static <T extends Enum<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
    }
}
