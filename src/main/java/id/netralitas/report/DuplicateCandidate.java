package id.netralitas.report;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An earlier case that may concern the same matter as a report, and why it was found. */
@Entity
@Table(name = "report_duplicate_candidate")
@IdClass(DuplicateCandidate.Key.class)
public class DuplicateCandidate {

    /** Why two cases look alike. */
    public enum Reason { SAME_EMPLOYEE_AND_TYPE, SAME_EVIDENCE, SAME_LINK }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "other_report_id")
    public Report other;

    @Id
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Reason reason;

    public Instant foundAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public Long report;
        public Long other;
        public Reason reason;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(report, k.report) && Objects.equals(other, k.other)
                    && reason == k.reason;
        }

        @Override
        public int hashCode() {
            return Objects.hash(report, other, reason);
        }
    }
}
