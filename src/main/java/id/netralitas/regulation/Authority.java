package id.netralitas.regulation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A body that handles neutrality cases during a period (Bawaslu, KASN, BKN, ...), one revision. */
@Entity
@Table(name = "authority")
public class Authority extends CatalogueEntry {

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_function")
    public AuthorityFunction function;

    public String descriptionId;

    public String descriptionEn;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "authority_legal_basis", joinColumns = @JoinColumn(name = "authority_id"))
    @OrderColumn(name = "list_index")
    public List<LegalBasisRef> legalBasis = new ArrayList<>();
}
