package id.netralitas.report;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evidence of a report: a file (its content in chunks, see EvidenceChunkJdbc) or a link. */
@Entity
@Table(name = "report_evidence")
public class ReportEvidence extends GeneratedIdEntity {

    /** Who added the evidence. */
    /** Who added it: an officer, the reporter (through the receipt), or the reported employee (through /me/cases). */
    public enum AddedVia { OFFICER, REPORTER, REPORTED }

    @Column(unique = true, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    public String fileName;

    /** The type found by content sniffing, not the one the uploader declared. */
    public String contentType;

    public Long sizeBytes;

    @Column(columnDefinition = "CHAR(64)")
    public String sha256;

    public String url;

    @Column(columnDefinition = "CHAR(64)")
    public String urlSha256;

    public String description;

    public String addedBy;

    @Enumerated(EnumType.STRING)
    public AddedVia addedVia;

    public Instant createdAt;
}
