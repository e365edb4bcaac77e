package id.netralitas.regulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A body that handles neutrality cases during a period (Bawaslu, KASN, BKN, ...), one revision. */
@Entity
@Table(name = "authority")
public class Authority extends CatalogueEntry {

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_function")
    public AuthorityFunction function;
}
