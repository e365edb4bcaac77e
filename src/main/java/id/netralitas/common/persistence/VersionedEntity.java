package id.netralitas.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A changeable row ({@link Versioned}) whose key is a number the database assigns on insert ({@code id}). */
@MappedSuperclass
public abstract class VersionedEntity extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
