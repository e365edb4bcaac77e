package id.netralitas.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An agency (instansi) whose PPK is responsible for its civil servants' discipline. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable public identifier, e.g. {@code KOTA-74.71}; never changes once created. */
    @Column(unique = true, updatable = false)
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    public AgencyType type;

    public String regionCode;

    public String ppkTitle;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
