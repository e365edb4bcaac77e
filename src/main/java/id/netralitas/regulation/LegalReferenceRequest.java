package id.netralitas.regulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A legal reference in a request: a regulation, optionally narrowed to an article. */
public record LegalReferenceRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        String regulationCode,
        @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN)
        String pasal,
        @Size(max = 4) @Pattern(regexp = LegalReference.AYAT_PATTERN)
        String ayat,
        @Size(max = 2) @Pattern(regexp = LegalReference.HURUF_PATTERN)
        String huruf,
        @Size(max = 3) @Pattern(regexp = LegalReference.ANGKA_PATTERN)
        String angka) {
}
