package id.netralitas.regulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request and answer of the handling-authority catalogue. */
public final class AuthorityDtos {

    private AuthorityDtos() {
    }

    public record AuthorityResponse(
            String code,
            int version,
            String name,
            AuthorityFunction function,
            String descriptionId,
            String descriptionEn,
            List<LegalReferenceResponse> legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            String note) {

        public static AuthorityResponse of(Authority a) {
            return new AuthorityResponse(a.code, a.revision, a.name, a.function, a.descriptionId, a.descriptionEn,
                    a.legalBasis.stream().map(LegalReferenceResponse::of).toList(), a.validFrom, a.validTo, a.note);
        }
    }

    public record AuthorityRequest(
            @Size(max = 60) @Pattern(regexp = CatalogueVersions.CODE_PATTERN)
            String code,
            @NotBlank @Size(max = 255) String name,
            @NotNull AuthorityFunction function,
            @NotBlank @Size(max = 1000) String descriptionId,
            @NotBlank @Size(max = 1000) String descriptionEn,
            @Size(max = 20) List<@NotNull @Valid LegalReferenceRequest> legalBasis,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 1000) String note) implements CatalogueService.Request {
    }
}
