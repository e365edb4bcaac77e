package id.netralitas.agency;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An agency (instansi) whose PPK is responsible for its civil servants' discipline. */
@Entity
@Table(name = "agency")
public class Agency extends VersionedEntity {

    /** Stable public identifier, e.g. {@code KOTA-74.71}; never changes once created. */
    @Column(unique = true, updatable = false)
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    public AgencyType type;

    public String regionCode;

    public String ppkTitle;
}
