package id.netralitas.regulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answer of the articles of a regulation. */
public final class ArticleDtos {

    private ArticleDtos() {
    }

    @Schema(name = "RegulationArticle", description = "An article of a regulation, summarised in our own words")
    public record ArticleResponse(
            @Schema(maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN, example = "PP-94-2021") String regulationCode,
            @Schema(description = "Path key of the article", maxLength = 60, pattern = LegalReference.ARTICLE_KEY_PATTERN,
                    example = "pasal-5-huruf-n-angka-7") String key,
            @Schema(maxLength = 5, pattern = LegalReference.PASAL_PATTERN, example = "5") String pasal,
            @Schema(maxLength = 4, pattern = LegalReference.AYAT_PATTERN) String ayat,
            @Schema(maxLength = 2, pattern = LegalReference.HURUF_PATTERN, example = "n") String huruf,
            @Schema(maxLength = 3, pattern = LegalReference.ANGKA_PATTERN, example = "7") String angka,
            @Schema(maxLength = 200, example = "PP 94/2021 Pasal 5 huruf n angka 7") String citation,
            @Schema(maxLength = 1000, example = "Prohibits giving a support letter with a copy of an identity card to a candidate.")
            String summary,
            @Schema(description = "Uncertainties and sources", maxLength = 1000) String note) {

        static ArticleResponse of(RegulationArticle a) {
            LegalReference ref = a.reference();
            return new ArticleResponse(ref.regulationCode(), a.key(), ref.pasal(), ref.ayat(), ref.huruf(), ref.angka(),
                    ref.render(a.regulation.citation), a.summary, a.note);
        }
    }

    @Schema(name = "RegulationArticleCreateRequest")
    public record ArticleRequest(
            @NotBlank @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN)
            @Schema(required = true, maxLength = 5, pattern = LegalReference.PASAL_PATTERN, example = "15") String pasal,
            @Size(max = 4) @Pattern(regexp = LegalReference.AYAT_PATTERN)
            @Schema(maxLength = 4, pattern = LegalReference.AYAT_PATTERN, example = "2") String ayat,
            @Size(max = 2) @Pattern(regexp = LegalReference.HURUF_PATTERN)
            @Schema(maxLength = 2, pattern = LegalReference.HURUF_PATTERN) String huruf,
            @Size(max = 3) @Pattern(regexp = LegalReference.ANGKA_PATTERN)
            @Schema(maxLength = 3, pattern = LegalReference.ANGKA_PATTERN) String angka,
            @NotBlank @Size(max = 1000) @Schema(required = true, description = "Short summary in our own words, not quoted law",
                    maxLength = 1000, example = "Sets a two-day limit for the preliminary review of a report.") String summary,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "RegulationArticleUpdateRequest")
    public record ArticleUpdate(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "Sets a two-day limit for the preliminary review of a report.") String summary,
            @Size(max = 1000) @Schema(maxLength = 1000) String note) {
    }
}
