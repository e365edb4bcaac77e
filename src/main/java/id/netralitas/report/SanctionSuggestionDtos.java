package id.netralitas.report;

import id.netralitas.regulation.ViolationTypeDtos;
import id.netralitas.regulation.SanctionDtos;
import id.netralitas.regulation.LegalReferenceResponse;
import id.netralitas.regulation.CatalogueVersions;
import id.netralitas.regulation.AuthorityDtos;
import id.netralitas.common.i18n.Messages;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.election.ElectionDtos;
import id.netralitas.election.ElectionPhase;
import id.netralitas.employee.EmployeeType;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer of the sanction suggestion. */
public final class SanctionSuggestionDtos {

    private SanctionSuggestionDtos() {
    }

    @Schema(name = "SanctionSuggestionRequest")
    public record SuggestionRequest(
            @NotEmpty @Size(max = SanctionSuggestionService.MAX_TYPES)
            @Schema(required = true, description = "Violation type codes (distinct)", maxItems = 20, minItems = 1,
                    type = SchemaType.ARRAY, implementation = CatalogueCodeValue.class)
            List<String> violationTypeCodes,
            @NotNull @Schema(required = true, description = "Date of the incident; not in the future", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2024-10-10") LocalDate incidentDate,
            @Size(max = 40) @Pattern(regexp = ElectionDtos.CODE_PATTERN)
            @Schema(description = "The election the incident concerns, if any", maxLength = 40,
                    pattern = ElectionDtos.CODE_PATTERN, example = "PILKADA-2024") String electionCode,
            @NotNull @Schema(required = true) EmployeeType employeeType) {
    }

    /** The item schema of catalogue code lists. */
    @Schema(name = "CatalogueCodeValue", type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN,
            example = "D-06")
    public static final class CatalogueCodeValue {
        private CatalogueCodeValue() {
        }
    }

    @Schema(name = "SuggestionWarning", description = "A remark the assessor should weigh")
    public record WarningResponse(
            @Schema(maxLength = 100, pattern = "^[A-Z0-9_]+$", example = "SUGGESTION_BASIS_NOT_IN_FORCE") String code,
            @Schema(description = "Localised text", maxLength = 2000) String message) {

        static WarningResponse of(SanctionSuggestionService.Warning w, Locale locale) {
            return new WarningResponse(w.code(), Messages.get(locale, w.code() + ".warning", w.args()));
        }
    }

    @Schema(name = "SanctionSuggestionItem", description = "What may be imposed for one violation type")
    public record ItemResponse(
            @Schema(description = "The version of the type valid on the incident date")
            ViolationTypeDtos.ViolationTypeResponse violationType,
            @Schema(description = "The type's legal references in force on the incident date", maxItems = 20)
            List<LegalReferenceResponse> legalBasis,
            @Schema(description = "Catalogue sanctions of the allowed levels valid on the incident date, lightest first",
                    maxItems = 100) List<SanctionDtos.SanctionResponse> sanctions,
            @Schema(maxItems = 50) List<WarningResponse> warnings) {
    }

    @Schema(name = "SanctionSuggestion", description = "Sanctions that may be imposed, with their legal bases; a "
            + "suggestion, never a decision")
    public record SuggestionResponse(
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-10-10") LocalDate incidentDate,
            @Schema(maxLength = 40, pattern = ElectionDtos.CODE_PATTERN, example = "PILKADA-2024") String electionCode,
            EmployeeType employeeType,
            ElectionPhase electionPhase,
            CandidatePhase candidatePhase,
            @Schema(description = "The authority that supervised neutrality cases on the incident date")
            AuthorityDtos.AuthorityResponse handlingAuthority,
            @Schema(description = "The authority that received reports on the incident date")
            AuthorityDtos.AuthorityResponse intakeAuthority,
            @Schema(maxItems = 20) List<ItemResponse> items,
            @Schema(maxItems = 50) List<WarningResponse> warnings,
            @Schema(maxLength = 2000) String disclaimer) {

        static SuggestionResponse of(SanctionSuggestionService.Suggestion s, Locale locale) {
            return new SuggestionResponse(s.incidentDate(), s.election() == null ? null : s.election().code, s.employeeType(),
                    s.electionPhase(), s.candidatePhase(),
                    s.handlingAuthority() == null ? null : AuthorityDtos.AuthorityResponse.of(s.handlingAuthority()),
                    s.intakeAuthority() == null ? null : AuthorityDtos.AuthorityResponse.of(s.intakeAuthority()),
                    s.items().stream().map(i -> new ItemResponse(ViolationTypeDtos.ViolationTypeResponse.of(i.violationType()),
                            i.legalBasis().stream().map(LegalReferenceResponse::of).toList(),
                            i.sanctions().stream().map(SanctionDtos.SanctionResponse::of).toList(),
                            i.warnings().stream().map(w -> WarningResponse.of(w, locale)).toList())).toList(),
                    s.warnings().stream().map(w -> WarningResponse.of(w, locale)).toList(),
                    Messages.get(locale, "SUGGESTION_DISCLAIMER.text"));
        }
    }
}
