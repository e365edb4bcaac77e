package id.netralitas.election;

import id.netralitas.calendar.DeadlineUnit;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.regulation.LegalBasisRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * An election with its campaign calendar, the window of incidents it is relevant to, its legal
 * basis and the handling time limits of its cases. Participating regions are in
 * {@code election_region} (see {@link ElectionRepository}); a national election lists none.
 */
@Entity
@Table(name = "election")
public class Election {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_type", nullable = false, length = 32)
    public ElectionType type;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_scope", nullable = false, length = 16)
    public ElectionScope scope;

    @Column(name = "voting_date", nullable = false)
    public LocalDate votingDate;

    @Column(name = "campaign_start", nullable = false)
    public LocalDate campaignStart;

    @Column(name = "campaign_end", nullable = false)
    public LocalDate campaignEnd;

    /** The day KPU determines the candidates: a bakal calon becomes a calon. */
    @Column(name = "candidate_determination_date", nullable = false)
    public LocalDate candidateDeterminationDate;

    @Column(name = "support_collection_start")
    public LocalDate supportCollectionStart;

    @Column(name = "support_collection_end")
    public LocalDate supportCollectionEnd;

    @Column(name = "incident_window_start", nullable = false)
    public LocalDate incidentWindowStart;

    @Column(name = "incident_window_end", nullable = false)
    public LocalDate incidentWindowEnd;

    @Column(length = 1000)
    public String note;

    @ElementCollection
    @CollectionTable(name = "election_legal_basis", joinColumns = @JoinColumn(name = "election_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 50)
    public List<LegalBasisRef> legalBasis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "election_deadline_rule", joinColumns = @JoinColumn(name = "election_id"))
    @BatchSize(size = 50)
    public List<DeadlineRule> deadlineRules = new ArrayList<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Where {@code date} falls in the campaign calendar. */
    public ElectionPhase phaseOn(LocalDate date) {
        if (date.isBefore(campaignStart)) {
            return ElectionPhase.BEFORE_CAMPAIGN;
        }
        if (!date.isAfter(campaignEnd)) {
            return ElectionPhase.CAMPAIGN;
        }
        if (date.isBefore(votingDate)) {
            return ElectionPhase.QUIET;
        }
        return date.isEqual(votingDate) ? ElectionPhase.VOTING : ElectionPhase.AFTER;
    }

    /** Bakal calon before the candidate determination date, calon from that day on. */
    public CandidatePhase candidatePhaseOn(LocalDate date) {
        return date.isBefore(candidateDeterminationDate) ? CandidatePhase.BAKAL_CALON : CandidatePhase.CALON;
    }

    public boolean incidentWindowContains(LocalDate date) {
        return !date.isBefore(incidentWindowStart) && !date.isAfter(incidentWindowEnd);
    }

    /** A handling time limit of this election's cases. */
    @Embeddable
    public static class DeadlineRule {

        @Enumerated(EnumType.STRING)
        @Column(name = "deadline_kind", nullable = false, length = 40)
        public DeadlineKind kind;

        @Column(nullable = false)
        public int amount;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        public DeadlineUnit unit;

        /** What starts the count, in words ("the day the reporter learned of the incident"). */
        @Column(name = "counted_from", nullable = false, length = 500)
        public String countedFrom;

        @Embedded
        public LegalBasisRef legalBasis;

        @Column(length = 1000)
        public String note;
    }
}
