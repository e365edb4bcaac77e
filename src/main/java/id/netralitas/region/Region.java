package id.netralitas.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An administrative region, keyed by its dotted Kemendagri code. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level")
    public RegionLevel level;

    public String parentCode;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
