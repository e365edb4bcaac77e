package id.netralitas.regulation;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One revision of a versioned catalogue entry (sanction, violation type, authority). Later records
 * cite a (code, revision), so a revision is never rewritten: a change closes the current revision's
 * {@link #validTo} and adds the next revision (see {@link CatalogueVersions}).
 */
@MappedSuperclass
public abstract class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    /** 1, 2, ...: the catalogue version, exposed as {@code version} in the API. */
    public int revision;

    public LocalDate validFrom;

    /** Last day of validity; {@code null} while open-ended. */
    public LocalDate validTo;

    public String note;

    /** Optimistic lock of the row (closing validTo is its only change). */
    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
