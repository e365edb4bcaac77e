package id.netralitas.regulation;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One revision of a versioned catalogue entry (sanction, violation type, authority). Later records
 * cite a (code, revision), so a revision is never rewritten: a change closes the current revision's
 * {@link #validTo} and adds the next revision (see {@link CatalogueVersions}).
 */
@MappedSuperclass
public abstract class CatalogueEntry extends VersionedEntity {

    public String code;

    /** 1, 2, ...: the catalogue version, exposed as {@code version} in the API. */
    public int revision;

    public LocalDate validFrom;

    /** Last day of validity; {@code null} while open-ended. */
    public LocalDate validTo;

    public String descriptionId;

    public String descriptionEn;

    /** Kept in {@code <entity>_legal_basis}, keyed by {@code <entity>_id}, in list order. */
    @ElementCollection
    @BatchSize(size = 100)
    @OrderColumn(name = "list_index")
    public List<LegalBasisRef> legalBasis = new ArrayList<>();

    public String note;

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
