package id.netralitas.pact;

import id.netralitas.election.Election;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
 * One version of the pakta integritas of an election: a title and the commitments, valid from a
 * date (to an optional date). Once signed it never changes; a change is the next version.
 */
@Entity
@Table(name = "pact_template")
public class PactTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false, updatable = false)
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

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
