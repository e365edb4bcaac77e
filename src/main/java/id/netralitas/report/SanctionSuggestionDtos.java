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

/** Request and answer of the sanction suggestion. */
public final class SanctionSuggestionDtos {

    private SanctionSuggestionDtos() {
    }

    public record SuggestionRequest(
            @NotEmpty @Size(max = SanctionSuggestionService.MAX_TYPES)
            List<String> violationTypeCodes,
            @NotNull LocalDate incidentDate,
            @Size(max = 40) @Pattern(regexp = ElectionDtos.CODE_PATTERN)
            String electionCode,
            @NotNull EmployeeType employeeType) {
    }

    /** The item schema of catalogue code lists. */
    public static final class CatalogueCodeValue {
        private CatalogueCodeValue() {
        }
    }

    public record WarningResponse(
            String code,
            String message) {

        static WarningResponse of(SanctionSuggestionService.Warning w, Locale locale) {
            return new WarningResponse(w.code(), Messages.get(locale, w.code() + ".warning", w.args()));
        }
    }

    public record ItemResponse(
            ViolationTypeDtos.ViolationTypeResponse violationType,
            List<LegalReferenceResponse> legalBasis,
            List<SanctionDtos.SanctionResponse> sanctions,
            List<WarningResponse> warnings) {
    }

    public record SuggestionResponse(
            LocalDate incidentDate,
            String electionCode,
            EmployeeType employeeType,
            ElectionPhase electionPhase,
            CandidatePhase candidatePhase,
            AuthorityDtos.AuthorityResponse handlingAuthority,
            AuthorityDtos.AuthorityResponse intakeAuthority,
            List<ItemResponse> items,
            List<WarningResponse> warnings,
            String disclaimer) {

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
