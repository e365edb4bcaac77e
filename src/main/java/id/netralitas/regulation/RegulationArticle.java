package id.netralitas.regulation;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * An article of a regulation (pasal, optionally ayat, huruf, angka) with a short summary in our own
 * words. Absent parts are stored as empty strings (see the migration); use the accessors.
 */
@Entity
@BatchSize(size = 100)
@Table(name = "regulation_article")
public class RegulationArticle extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Regulation regulation;

    public String pasal;

    public String ayat = "";

    public String huruf = "";

    public String angka = "";

    public String sortKey;

    public String summary;

    public String note;

    public void setParts(String pasal, String ayat, String huruf, String angka) {
        this.pasal = pasal;
        this.ayat = ayat == null ? "" : ayat;
        this.huruf = huruf == null ? "" : huruf;
        this.angka = angka == null ? "" : angka;
        this.sortKey = LegalReference.sortKey(pasal, ayat, huruf, angka);
    }

    public String ayatOrNull() {
        return ayat.isEmpty() ? null : ayat;
    }

    public String hurufOrNull() {
        return huruf.isEmpty() ? null : huruf;
    }

    public String angkaOrNull() {
        return angka.isEmpty() ? null : angka;
    }

    public String key() {
        return LegalReference.articleKey(pasal, ayatOrNull(), hurufOrNull(), angkaOrNull());
    }

    public LegalReference reference() {
        return new LegalReference(regulation.code, pasal, ayatOrNull(), hurufOrNull(), angkaOrNull());
    }
}
