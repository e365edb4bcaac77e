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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer of the sanction catalogue. */
public final class SanctionDtos {

    private SanctionDtos() {
    }

    @Schema(name = "Sanction", description = "One version of a sanction of the catalogue")
    public record SanctionResponse(
            @Schema(maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN, example = "TURUN_JABATAN_12") String code,
            @Schema(description = "Catalogue version of this code (1, 2, ...)", format = "int32", minimum = "1",
                    maximum = "1000000", example = "1") int version,
            SanctionLevel level,
            @Schema(description = "Description in Indonesian", maxLength = 500,
                    example = "Penurunan jabatan setingkat lebih rendah selama 12 bulan") String descriptionId,
            @Schema(description = "Description in English", maxLength = 500,
                    example = "Demotion to a position one level lower for 12 months") String descriptionEn,
            @Schema(description = "Duration in months, where the sanction has one", format = "int32", minimum = "1",
                    maximum = "120", example = "12") Integer durationMonths,
            @Schema(description = "Employee types the sanction applies to", maxItems = 3) List<EmployeeType> employeeTypes,
            @Schema(description = "Articles that set the sanction", maxItems = 20) List<LegalReferenceResponse> legalBasis,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2021-08-31") LocalDate validFrom,
            @Schema(description = "Last day of validity; absent while open-ended", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        public static SanctionResponse of(Sanction s) {
            return new SanctionResponse(s.code, s.revision, s.level, s.descriptionId, s.descriptionEn, s.durationMonths,
                    ViolationTypeDtos.sorted(s.employeeTypes),
                    s.legalBasis.stream().map(LegalReferenceResponse::of).toList(), s.validFrom, s.validTo, s.note);
        }
    }

    @Schema(name = "SanctionInput", description = "A sanction as an admin creates it (POST) or changes it from "
            + "`validFrom` on (PUT, which adds a version)")
    public record SanctionRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            @Schema(description = "Required on creation; on a change omitted or equal to the path", maxLength = 60,
                    pattern = CatalogueVersions.CODE_PATTERN, example = "POTONG_TUKIN_25_6") String code,
            @NotNull @Schema(required = true) SanctionLevel level,
            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
                    example = "Pemotongan tunjangan kinerja 25% selama 6 bulan") String descriptionId,
            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
                    example = "25% cut of the performance allowance for 6 months") String descriptionEn,
            @Min(1) @Max(120) @Schema(format = "int32", minimum = "1", maximum = "120", example = "6") Integer durationMonths,
            @NotEmpty @Size(max = 3) @Schema(required = true, maxItems = 3) Set<@NotNull EmployeeType> employeeTypes,
            @NotEmpty @Size(max = 20) @Schema(required = true, maxItems = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotNull @Schema(required = true, description = "First day of this version", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2025-01-01") LocalDate validFrom,
            @Schema(description = "Last day of this version, if known", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }
}
