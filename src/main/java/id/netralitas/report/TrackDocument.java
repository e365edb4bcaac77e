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
import java.time.LocalDate;

/** A document of one employee's follow-up, recorded by its number, date and the SHA-256 of the signed scan. */
@Entity
@Table(name = "track_document")
public class TrackDocument extends GeneratedIdEntity {

    /** What the document is. */
    public enum Kind { SUMMONS, EXAMINATION_MINUTES, EXAMINATION_TEAM_DECREE, DECREE, DECREE_DELIVERY, OTHER }

    @Column(columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Column(columnDefinition = "CHAR(18)")
    public String trackNip;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String number;

    public LocalDate documentDate;

    @Column(columnDefinition = "CHAR(64)")
    public String sha256;

    public String addedBy;

    public Instant createdAt;
}
