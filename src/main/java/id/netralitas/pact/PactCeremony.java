package id.netralitas.pact;

import id.netralitas.agency.Agency;
import id.netralitas.election.Election;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A signing ceremony of an agency: pacts signed on paper there are registered afterwards. */
@Entity
@Table(name = "pact_ceremony")
public class PactCeremony {

    static final String WITNESS_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(unique = true, updatable = false, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false, updatable = false)
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    public Agency agency;

    public LocalDate ceremonyDate;

    public String place;

    /** The witnesses' names, one per line. */
    public String witnesses;

    /** SHA-256 (hex) of the scanned signed document. */
    @Column(columnDefinition = "CHAR(64)")
    public String documentSha256;

    public String createdBy;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public List<String> witnessList() {
        return witnesses == null || witnesses.isEmpty() ? List.of() : Arrays.asList(witnesses.split(WITNESS_SEPARATOR));
    }
}
