package id.netralitas.region;

import id.netralitas.common.persistence.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative region, keyed by its dotted Kemendagri code. */
@Entity
@Table(name = "region")
public class Region extends Versioned {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level")
    public RegionLevel level;

    public String parentCode;
}
