package id.netralitas.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The columns every changeable row carries, whatever its key: the optimistic-lock {@code version}
 * (which the API shows as the ETag) and the instants the row was created and last changed.
 */
@MappedSuperclass
public abstract class Versioned {

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
