package id.netralitas.regulation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A stored {@link LegalReference}: foreign keys to the regulation and, unless the whole regulation
 * is meant, to the article, so a cited article can never disappear from under a catalogue entry.
 * Built only by {@link LegalReferenceResolver}, which checks that both exist.
 */
@Embeddable
public class LegalBasisRef {

    @ManyToOne(fetch = FetchType.LAZY)
    public Regulation regulation;

    @ManyToOne(fetch = FetchType.LAZY)
    public RegulationArticle article;

    public LegalBasisRef() {
    }

    LegalBasisRef(Regulation regulation, RegulationArticle article) {
        this.regulation = regulation;
        this.article = article;
    }

    public LegalReference reference() {
        return article == null ? LegalReference.toRegulation(regulation.code) : article.reference();
    }

    /** "PP 94/2021 Pasal 14 huruf i". */
    public String citation() {
        return reference().render(regulation.citation);
    }
}
