package id.netralitas.regulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal reference in a request: a regulation, optionally narrowed to an article. */
@Schema(name = "LegalReferenceInput", description = "A regulation, or one of its articles when `pasal` is given. "
        + "The regulation and article must exist (see /regulations/{code}/articles).")
public record LegalReferenceRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = LegalReference.REGULATION_CODE_PATTERN)
        @Schema(required = true, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN, example = "PP-94-2021")
        String regulationCode,
        @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN)
        @Schema(description = "Article number; an inserted article has a capital letter (6A)", maxLength = 5,
                pattern = LegalReference.PASAL_PATTERN, example = "14") String pasal,
        @Size(max = 4) @Pattern(regexp = LegalReference.AYAT_PATTERN)
        @Schema(description = "Paragraph number, without parentheses", maxLength = 4,
                pattern = LegalReference.AYAT_PATTERN, example = "4") String ayat,
        @Size(max = 2) @Pattern(regexp = LegalReference.HURUF_PATTERN)
        @Schema(description = "Letter", maxLength = 2, pattern = LegalReference.HURUF_PATTERN, example = "i") String huruf,
        @Size(max = 3) @Pattern(regexp = LegalReference.ANGKA_PATTERN)
        @Schema(description = "Item number", maxLength = 3, pattern = LegalReference.ANGKA_PATTERN) String angka) {
}
