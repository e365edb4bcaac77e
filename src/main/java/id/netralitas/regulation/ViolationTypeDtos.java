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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer of the violation-type catalogue. */
public final class ViolationTypeDtos {

    private ViolationTypeDtos() {
    }

    @Schema(name = "ViolationType", description = "One version of a violation type of the catalogue")
    public record ViolationTypeResponse(
            @Schema(maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN, example = "D-06") String code,
            @Schema(description = "Catalogue version of this code (1, 2, ...)", format = "int32", minimum = "1",
                    maximum = "1000000", example = "2") int version,
            ViolationCategory category,
            @Schema(description = "Description in Indonesian (our own words)", maxLength = 1000) String descriptionId,
            @Schema(description = "Description in English", maxLength = 1000,
                    example = "Posting, commenting on, sharing, liking or following a campaign team's group or account")
            String descriptionEn,
            @Schema(description = "Candidate phases in which the act falls under this type", maxItems = 2)
            List<CandidatePhase> candidatePhases,
            SanctionLevel defaultSanctionLevel,
            @Schema(description = "Sanction levels an assessor may choose from", maxItems = 5) List<SanctionLevel> allowedSanctionLevels,
            @Schema(description = "Articles the type rests on", maxItems = 20) List<LegalReferenceResponse> legalBasis,
            @Schema(description = "Code of the instrument whose annex defines the type", maxLength = 80,
                    pattern = LegalReference.REGULATION_CODE_PATTERN, example = "SKB-2022") String sourceRegulationCode,
            @Schema(maxLength = 120, example = "SKB 2022") String sourceCitation,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2022-09-22") LocalDate validFrom,
            @Schema(description = "Last day of validity; absent while open-ended", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        public static ViolationTypeResponse of(ViolationType v) {
            return new ViolationTypeResponse(v.code, v.revision, v.category, v.descriptionId, v.descriptionEn,
                    sorted(v.candidatePhases), v.defaultSanctionLevel, sorted(v.allowedSanctionLevels),
                    v.legalBasis.stream().map(LegalReferenceResponse::of).toList(), v.sourceRegulation.code,
                    v.sourceRegulation.citation, v.validFrom, v.validTo, v.note);
        }
    }

    @Schema(name = "ViolationTypeInput", description = "A violation type as an admin creates it (POST) or changes it "
            + "from `validFrom` on (PUT, which adds a version)")
    public record ViolationTypeRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            @Schema(description = "Required on creation; on a change omitted or equal to the path", maxLength = 60,
                    pattern = CatalogueVersions.CODE_PATTERN, example = "D-14") String code,
            @NotNull @Schema(required = true) ViolationCategory category,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "Mengunggah konten dukungan untuk calon di media sosial") String descriptionId,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "Posting content supporting a candidate on social media") String descriptionEn,
            @NotEmpty @Size(max = 2) @Schema(required = true, maxItems = 2) Set<@NotNull CandidatePhase> candidatePhases,
            SanctionLevel defaultSanctionLevel,
            @NotNull @Size(max = 5) @Schema(required = true, maxItems = 5) Set<@NotNull SanctionLevel> allowedSanctionLevels,
            @Size(max = 20) @Schema(maxItems = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotBlank @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
            @Schema(required = true, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN, example = "SKB-2022")
            String sourceRegulationCode,
            @NotNull @Schema(required = true, description = "First day of this version", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2025-01-01") LocalDate validFrom,
            @Schema(description = "Last day of this version, if known", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }

    public static <T extends Enum<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
    }
}
