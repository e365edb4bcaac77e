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

    @Column(columnDefinition = "CHAR(18)")
    public String nip;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    public Employee employee;

    /** The agency whose PPK must follow up, as at the recommendation. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    public TrackStatus status;

    public boolean proven;

    public String recommendedSanction;

    public LocalDate recommendedAt;

    /** Last day for the PPK's follow-up while it is awaited. */
    public LocalDate deadlineDue;

    @Enumerated(EnumType.STRING)
    public EscalationLevel escalationLevel;

    public String decreeNumber;

    public LocalDate decreeDate;

    public String sanctionCode;

    public Integer durationMonths;

    public LocalDate effectiveDate;

    /** The day the decree was recorded, to tell whether it came within the deadline. */
    public LocalDate sanctionedAt;

    public String appealKind;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
