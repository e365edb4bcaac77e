package id.netralitas.pact;

import id.netralitas.common.persistence.VersionedEntity;
import id.netralitas.election.Election;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One version of the pakta integritas of an election: a title and the commitments, valid from a
 * date (to an optional date). Once signed it never changes; a change is the next version.
 */
@Entity
@Table(name = "pact_template")
public class PactTemplate extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Election election;

    /** 1, 2, ... per election. */
    @Column(updatable = false)
    public int templateVersion;

    public String title;

    @ElementCollection
    @CollectionTable(name = "pact_template_commitment", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "commitment_text")
    @BatchSize(size = 50)
    public List<String> commitments = new ArrayList<>();

    public LocalDate validFrom;

    public LocalDate validTo;

    public String createdBy;

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
