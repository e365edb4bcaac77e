package id.netralitas.regulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answer of the articles of a regulation. */
public final class ArticleDtos {

    private ArticleDtos() {
    }

    public record ArticleResponse(
            String regulationCode,
            String key,
            String pasal,
            String ayat,
            String huruf,
            String angka,
            String citation,
            String summary,
            String note) {

        static ArticleResponse of(RegulationArticle a) {
            LegalReference ref = a.reference();
            return new ArticleResponse(ref.regulationCode(), a.key(), ref.pasal(), ref.ayat(), ref.huruf(), ref.angka(),
                    ref.render(a.regulation.citation), a.summary, a.note);
        }
    }

    public record ArticleRequest(
            @NotBlank @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN)
            String pasal,
            @Size(max = 4) @Pattern(regexp = LegalReference.AYAT_PATTERN)
            String ayat,
            @Size(max = 2) @Pattern(regexp = LegalReference.HURUF_PATTERN)
            String huruf,
            @Size(max = 3) @Pattern(regexp = LegalReference.ANGKA_PATTERN)
            String angka,
            @NotBlank @Size(max = 1000) String summary,
            @Size(max = 1000) String note) {
    }

    public record ArticleUpdate(
            @NotBlank @Size(max = 1000) String summary,
            @Size(max = 1000) String note) {
    }
}
