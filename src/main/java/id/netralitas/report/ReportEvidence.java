package id.netralitas.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evidence of a report: a file (its content in chunks, see EvidenceChunkJdbc) or a link. */
@Entity
@Table(name = "report_evidence")
public class ReportEvidence {

    /** Who added the evidence. */
    public enum AddedVia { OFFICER, REPORTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EvidenceKind kind;

    @Column(name = "file_name")
    public String fileName;

    /** The type found by content sniffing, not the one the uploader declared. */
    @Column(name = "content_type", length = 100)
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(length = 64, columnDefinition = "CHAR(64)")
    public String sha256;

    @Column(length = 2000)
    public String url;

    @Column(name = "url_sha256", length = 64, columnDefinition = "CHAR(64)")
    public String urlSha256;

    @Column(length = 1000)
    public String description;

    @Column(name = "added_by", nullable = false, length = 100)
    public String addedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_via", nullable = false, length = 20)
    public AddedVia addedVia;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
