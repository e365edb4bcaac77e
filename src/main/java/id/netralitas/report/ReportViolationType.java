package id.netralitas.report;

import id.netralitas.regulation.ViolationType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A suspected violation type of a report: the catalogue version valid on the incident date. */
@Entity
@Table(name = "report_violation_type")
@IdClass(ReportViolationType.Key.class)
public class ReportViolationType {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_type_id")
    public ViolationType violationType;

    /** The type's code, kept beside the version for filtering. */
    public String code;

    /** Composite key: report and catalogue row. */
    public static class Key implements Serializable {
        public Long report;
        public Long violationType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(report, k.report) && Objects.equals(violationType, k.violationType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(report, violationType);
        }
    }

    /** The case's link to a violation type, on the catalogue version given; added to the case's list. */
    static ReportViolationType link(Report report, ViolationType type) {
        ReportViolationType link = new ReportViolationType();
        link.report = report;
        link.violationType = type;
        link.code = type.code;
        report.violationTypes.add(link);
        return link;
    }
}
