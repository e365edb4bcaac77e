package id.netralitas.regulation;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A legal instrument, keyed by a stable code such as {@code UU-20-2023}. */
@Entity
@BatchSize(size = 100)
@Table(name = "regulation")
public class Regulation extends VersionedEntity {

    @Column(unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    public RegulationKind kind;

    @Column(name = "reg_number")
    public String number;

    @Column(name = "reg_year")
    public int year;

    public String citation;

    public String title;

    public String issuer;

    public LocalDate signedDate;

    public LocalDate effectiveDate;

    /** Last day in force; {@code null} while in force. */
    public LocalDate inForceUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    public Regulation repealedBy;

    /** Region of a regional instrument (Pergub, Perbup, a governor's SE); {@code null} for national ones. */
    public String scopeRegionCode;

    /** Promulgation reference such as "LN 2023 No. 141, TLN 6897". */
    public String gazette;

    public String summary;

    public String note;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "regulation_signatory_number", joinColumns = @JoinColumn(name = "regulation_id"))
    @OrderColumn(name = "list_index")
    public List<SignatoryNumber> signatoryNumbers = new ArrayList<>();

    public boolean inForceOn(LocalDate date) {
        return !effectiveDate.isAfter(date) && (inForceUntil == null || !inForceUntil.isBefore(date));
    }

    /** One signing authority's number of a joint decree, e.g. Mendagri "800-5474 Tahun 2022". */
    @Embeddable
    public static class SignatoryNumber {

        public String signatory;

        @Column(name = "sig_number")
        public String number;

        public SignatoryNumber() {
        }

        public SignatoryNumber(String signatory, String number) {
            this.signatory = signatory;
            this.number = number;
        }
    }
}
