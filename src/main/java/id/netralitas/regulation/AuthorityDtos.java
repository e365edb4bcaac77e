package id.netralitas.regulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer of the handling-authority catalogue. */
public final class AuthorityDtos {

    private AuthorityDtos() {
    }

    @Schema(name = "Authority", description = "One version of a handling authority with its period")
    public record AuthorityResponse(
            @Schema(maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN, example = "BKN") String code,
            @Schema(description = "Catalogue version of this code (1, 2, ...)", format = "int32", minimum = "1",
                    maximum = "1000000", example = "1") int version,
            @Schema(maxLength = 255, example = "Badan Kepegawaian Negara") String name,
            AuthorityFunction function,
            @Schema(description = "Role in Indonesian", maxLength = 1000) String descriptionId,
            @Schema(description = "Role in English", maxLength = 1000) String descriptionEn,
            @Schema(description = "Legal basis of the role", maxItems = 20) List<LegalReferenceResponse> legalBasis,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-08-24") LocalDate validFrom,
            @Schema(description = "Last day of the role; absent while open-ended", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        public static AuthorityResponse of(Authority a) {
            return new AuthorityResponse(a.code, a.revision, a.name, a.function, a.descriptionId, a.descriptionEn,
                    a.legalBasis.stream().map(LegalReferenceResponse::of).toList(), a.validFrom, a.validTo, a.note);
        }
    }

    @Schema(name = "AuthorityInput", description = "An authority as an admin creates it (POST) or changes it from "
            + "`validFrom` on (PUT, which adds a version)")
    public record AuthorityRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            @Schema(description = "Required on creation; on a change omitted or equal to the path", maxLength = 60,
                    pattern = CatalogueVersions.CODE_PATTERN, example = "LEMBAGA_PENGAWAS_ASN") String code,
            @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255,
                    example = "Lembaga independen pengawas sistem merit ASN") String name,
            @NotNull @Schema(required = true) AuthorityFunction function,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String descriptionId,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String descriptionEn,
            @Size(max = 20) @Schema(maxItems = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotNull @Schema(required = true, description = "First day of this version", type = SchemaType.STRING,
                    format = "date", maxLength = 10, example = "2027-10-16") LocalDate validFrom,
            @Schema(description = "Last day of this version, if known", type = SchemaType.STRING, format = "date",
                    maxLength = 10) LocalDate validTo,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }
}
