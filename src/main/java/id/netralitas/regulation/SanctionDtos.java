package id.netralitas.regulation;

import id.netralitas.employee.EmployeeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and answer of the sanction catalogue. */
public final class SanctionDtos {

    private SanctionDtos() {
    }

    public record SanctionResponse(
            String code,
            int version,
            SanctionLevel level,
            String descriptionId,
            String descriptionEn,
            Integer durationMonths,
            List<EmployeeType> employeeTypes,
            List<LegalReferenceResponse> legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            String note) {

        public static SanctionResponse of(Sanction s) {
            return new SanctionResponse(s.code, s.revision, s.level, s.descriptionId, s.descriptionEn, s.durationMonths,
                    ViolationTypeDtos.sorted(s.employeeTypes),
                    s.legalBasis.stream().map(LegalReferenceResponse::of).toList(), s.validFrom, s.validTo, s.note);
        }
    }

    public record SanctionRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            String code,
            @NotNull SanctionLevel level,
            @NotBlank @Size(max = 500) String descriptionId,
            @NotBlank @Size(max = 500) String descriptionEn,
            @Min(1) @Max(120) Integer durationMonths,
            @NotEmpty @Size(max = 3) Set<@NotNull EmployeeType> employeeTypes,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 1000) String note) implements CatalogueService.Request {
    }
}
