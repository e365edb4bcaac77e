package id.netralitas.election;

import id.netralitas.calendar.DeadlineUnit;
import id.netralitas.common.persistence.VersionedEntity;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * An election with its campaign calendar, the window of incidents it is relevant to, its legal
 * basis and the handling time limits of its cases. Participating regions are in
 * {@code election_region} (see {@link ElectionRepository}); a national election lists none.
 */
@Entity
@Table(name = "election")
public class Election extends VersionedEntity {

    @Column(unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_type")
    public ElectionType type;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_scope")
    public ElectionScope scope;

    public LocalDate votingDate;

    public LocalDate campaignStart;

    public LocalDate campaignEnd;

    /** The day KPU determines the candidates: a bakal calon becomes a calon. */
    public LocalDate candidateDeterminationDate;

    public LocalDate supportCollectionStart;

    public LocalDate supportCollectionEnd;

    public LocalDate incidentWindowStart;

    public LocalDate incidentWindowEnd;

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
        @Column(name = "deadline_kind")
        public DeadlineKind kind;

        public int amount;

        @Enumerated(EnumType.STRING)
        public DeadlineUnit unit;

        /** What starts the count, in words ("the day the reporter learned of the incident"). */
        public String countedFrom;

        @Embedded
        public LegalBasisRef legalBasis;

        public String note;

        /**
         * For an objection or an administrative appeal: the role that decides it ({@code verifier} or
         * {@code ppk}); null for every other kind.
         */
        public String decidedBy;
    }
}
