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

/** A message on a case: to the reporter (shown in the receipt view), from the reporter, or an internal note. */
@Entity
@Table(name = "report_message")
public class ReportMessage extends GeneratedIdEntity {

    /** Who a message is for. */
    public enum Kind {
        /** From an officer to the reporter; shown in the receipt view without the officer's name. */
        TO_REPORTER,
        /** Added by the reporter through the receipt. */
        FROM_REPORTER,
        /** Between officers; never shown to the reporter. */
        INTERNAL_NOTE,
        /** The reported employee's answer through {@code /me/cases}; officers read it, the reporter never. */
        FROM_REPORTED,
        /** Between the ppk of the employee's agency and the verifier, on one employee's follow-up. */
        TRACK
    }

    @Column(unique = true, columnDefinition = "CHAR(36)")
    public String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(columnDefinition = "TEXT")
    public String body;

    public String author;

    /** The follow-up a {@code TRACK} message belongs to (the employee's NIP); null for the case's messages. */
    @Column(columnDefinition = "CHAR(18)")
    public String trackNip;

    public Instant createdAt;
}
