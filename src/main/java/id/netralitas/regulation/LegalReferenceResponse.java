package id.netralitas.regulation;


/** A legal reference as answered: its parts, the citation and the article's summary. */
public record LegalReferenceResponse(
        String regulationCode,
        String pasal,
        String ayat,
        String huruf,
        String angka,
        String citation,
        String summary) {

    public static LegalReferenceResponse of(LegalBasisRef ref) {
        LegalReference r = ref.reference();
        String summary = ref.article != null ? ref.article.summary : ref.regulation.summary;
        return new LegalReferenceResponse(r.regulationCode(), r.pasal(), r.ayat(), r.huruf(), r.angka(),
                r.render(ref.regulation.citation), summary);
    }
}
