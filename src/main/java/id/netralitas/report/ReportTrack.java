package id.netralitas.report;

import id.netralitas.agency.Agency;
import id.netralitas.employee.Employee;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One reported employee's follow-up after a recommendation: the PPK's decision, escalation, appeal. */
@Entity
@Table(name = "report_track")
public class ReportTrack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_employee_id", nullable = false)
    public ReportEmployee reportEmployee;

    @Column(nullable = false, length = 18, columnDefinition = "CHAR(18)")
    public String nip;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    public Employee employee;

    /** The agency whose PPK must follow up, as at the recommendation. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TrackStatus status;

    @Column(nullable = false)
    public boolean proven;

    @Column(name = "recommended_sanction", length = 60)
    public String recommendedSanction;

    @Column(name = "recommended_at", nullable = false)
    public LocalDate recommendedAt;

    /** Last day for the PPK's follow-up while it is awaited. */
    @Column(name = "deadline_due")
    public LocalDate deadlineDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false, length = 20)
    public EscalationLevel escalationLevel;

    @Column(name = "decree_number", length = 100)
    public String decreeNumber;

    @Column(name = "decree_date")
    public LocalDate decreeDate;

    @Column(name = "sanction_code", length = 60)
    public String sanctionCode;

    @Column(name = "duration_months")
    public Integer durationMonths;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The day the decree was recorded, to tell whether it came within the deadline. */
    @Column(name = "sanctioned_at")
    public LocalDate sanctionedAt;

    @Column(name = "appeal_kind", length = 30)
    public String appealKind;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
