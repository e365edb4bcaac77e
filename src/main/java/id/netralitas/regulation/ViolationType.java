package id.netralitas.regulation;

import id.netralitas.regulation.CandidatePhase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A type of neutrality violation from the SKB annex (or another source instrument), one revision. */
@Entity
@Table(name = "violation_type")
public class ViolationType extends CatalogueEntry {

    @Enumerated(EnumType.STRING)
    public ViolationCategory category;

    @Enumerated(EnumType.STRING)
    public SanctionLevel defaultSanctionLevel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Regulation sourceRegulation;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "violation_type_phase", joinColumns = @JoinColumn(name = "violation_type_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_phase")
    public Set<CandidatePhase> candidatePhases = EnumSet.noneOf(CandidatePhase.class);

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "violation_type_sanction_level", joinColumns = @JoinColumn(name = "violation_type_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_level")
    public Set<SanctionLevel> allowedSanctionLevels = EnumSet.noneOf(SanctionLevel.class);
}
