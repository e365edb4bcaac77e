package id.netralitas.pact;

import id.netralitas.agency.Agency;
import id.netralitas.common.persistence.VersionedEntity;
import id.netralitas.election.Election;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A signing ceremony of an agency: pacts signed on paper there are registered afterwards. */
@Entity
@Table(name = "pact_ceremony")
public class PactCeremony extends VersionedEntity {

    static final String WITNESS_SEPARATOR = "\n";

    @Column(unique = true, updatable = false, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Agency agency;

    public LocalDate ceremonyDate;

    public String place;

    /** The witnesses' names, one per line. */
    public String witnesses;

    /** SHA-256 (hex) of the scanned signed document. */
    @Column(columnDefinition = "CHAR(64)")
    public String documentSha256;

    public String createdBy;

    public List<String> witnessList() {
        return witnesses == null || witnesses.isEmpty() ? List.of() : Arrays.asList(witnesses.split(WITNESS_SEPARATOR));
    }
}
