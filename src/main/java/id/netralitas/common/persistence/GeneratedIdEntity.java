package id.netralitas.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row whose key is a number the database assigns on insert (an auto-increment column named {@code id}). */
@MappedSuperclass
public abstract class GeneratedIdEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
