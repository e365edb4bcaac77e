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

/**
 * A regulation as an admin creates (POST, `code` required) or replaces it (PUT, `code` omitted or
 * equal to the path).
 */
public record RegulationRequest(
        @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        String code,
        @NotNull RegulationKind kind,
        @NotBlank @Size(max = 100)
        String number,
        @NotNull @Min(1900) @Max(2199) Integer year,
        @Size(min = 1, max = 120) String citation,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 255) String issuer,
        LocalDate signedDate,
        @NotNull LocalDate effectiveDate,
        LocalDate inForceUntil,
        @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        String repealedBy,
        @Size(max = 13) String scopeRegionCode,
        @Size(max = 200)
        String gazette,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 1000) String note,
        @Size(max = 10)
        List<@NotNull @Valid SignatoryNumberDto> signatoryNumbers) {

    /** One signing authority's number of a joint decree. */
    public record SignatoryNumberDto(
            @NotBlank @Size(max = 120) String signatory,
            @NotBlank @Size(max = 100) String number) {
    }
}
