package id.netralitas.agency;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit of an agency (an OPD, a bagian, a school, a puskesmas), in the agency's tree of units. */
@Entity
@Table(name = "agency_unit")
public class AgencyUnit extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    /** The unit's code within its agency, e.g. {@code DISDIK}; never changes once created. */
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    /** The unit it belongs to; null for a unit directly under the agency. */
    @ManyToOne(fetch = FetchType.LAZY)
    public AgencyUnit parent;

    /** The codes from the root down to this unit, e.g. {@code /SETDA/BAG-HUKUM/}. */
    public String path;

    /** 0 for a unit directly under the agency. */
    public int depth;

    public String regionCode;

    /** The parent's code, or null at the top. */
    public String parentCode() {
        return parent == null ? null : parent.code;
    }
}
