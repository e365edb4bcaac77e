package id.netralitas.regulation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal reference as answered: its parts, the citation and the article's summary. */
@Schema(name = "LegalReference", description = "A regulation or one of its articles, with its citation")
public record LegalReferenceResponse(
        @Schema(maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN, example = "PP-94-2021") String regulationCode,
        @Schema(maxLength = 5, pattern = LegalReference.PASAL_PATTERN, example = "14") String pasal,
        @Schema(maxLength = 4, pattern = LegalReference.AYAT_PATTERN, example = "4") String ayat,
        @Schema(maxLength = 2, pattern = LegalReference.HURUF_PATTERN, example = "i") String huruf,
        @Schema(maxLength = 3, pattern = LegalReference.ANGKA_PATTERN) String angka,
        @Schema(description = "How the reference is cited", maxLength = 200, example = "PP 94/2021 Pasal 14 huruf i")
        String citation,
        @Schema(description = "Short summary of the article (or of the regulation) in our own words", maxLength = 2000,
                example = "Heavy sanctions for breaching prohibitions, including support for candidates by the acts of "
                        + "Pasal 5 huruf n angka 3 to 7.") String summary) {

    public static LegalReferenceResponse of(LegalBasisRef ref) {
        LegalReference r = ref.reference();
        String summary = ref.article != null ? ref.article.summary : ref.regulation.summary;
        return new LegalReferenceResponse(r.regulationCode(), r.pasal(), r.ayat(), r.huruf(), r.angka(),
                r.render(ref.regulation.citation), summary);
    }
}
