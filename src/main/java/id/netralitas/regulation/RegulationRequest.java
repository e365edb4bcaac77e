package id.netralitas.regulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A regulation as an admin creates (POST, `code` required) or replaces it (PUT, `code` omitted or
 * equal to the path).
 */
@Schema(name = "RegulationInput")
public record RegulationRequest(
        @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        @Schema(description = "Stable code; required on creation, fixed afterwards", maxLength = 80,
                pattern = LegalReference.REGULATION_CODE_PATTERN, example = "PERBAWASLU-7-2022") String code,
        @NotNull @Schema(required = true) RegulationKind kind,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "Number as cited", maxLength = 100, example = "7")
        String number,
        @NotNull @Min(1900) @Max(2199) @Schema(required = true, format = "int32", minimum = "1900", maximum = "2199",
                example = "2022") Integer year,
        @Size(min = 1, max = 120) @Schema(description = "How citations name it; default: kind label, number and year, "
                + "such as `Perbawaslu 7/2022`", maxLength = 120, example = "Perbawaslu 7/2022") String citation,
        @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
                example = "Penanganan Temuan dan Laporan Pelanggaran Pemilihan Umum") String title,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Bawaslu") String issuer,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2022-10-20") LocalDate signedDate,
        @NotNull @Schema(required = true, description = "First day in force; when only an upper bound is known, that "
                + "bound (and say so in `note`)", type = SchemaType.STRING, format = "date", maxLength = 10,
                example = "2022-10-20") LocalDate effectiveDate,
        @Schema(description = "Last day in force; defaults to the day before the repealing regulation takes effect",
                type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate inForceUntil,
        @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        @Schema(description = "Code of the regulation that repealed it", maxLength = 80,
                pattern = LegalReference.REGULATION_CODE_PATTERN) String repealedBy,
        @Size(max = 13) @Schema(description = "Region of a regional instrument (dotted or compact code)", maxLength = 13,
                pattern = "^\\d{2}((\\.?\\d{2}){0,2}|(\\.?\\d{2}){2}\\.?\\d{4})$", example = "74") String scopeRegionCode,
        @Size(max = 200) @Schema(description = "Promulgation reference", maxLength = 200, example = "LN 2023 No. 141, TLN 6897")
        String gazette,
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "Short summary in our own words", maxLength = 2000,
                example = "Procedure for handling findings and reports of election violations.") String summary,
        @Size(max = 1000) @Schema(description = "Uncertainties and sources", maxLength = 1000) String note,
        @Size(max = 10) @Schema(description = "Numbers of a joint decree, one per signing authority", maxItems = 10)
        List<@NotNull @Valid SignatoryNumberDto> signatoryNumbers) {

    /** One signing authority's number of a joint decree. */
    @Schema(name = "SignatoryNumber")
    public record SignatoryNumberDto(
            @NotBlank @Size(max = 120) @Schema(required = true, maxLength = 120, example = "Mendagri") String signatory,
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, example = "800-5474 Tahun 2022") String number) {
    }
}
