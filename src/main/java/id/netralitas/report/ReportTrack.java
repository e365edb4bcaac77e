package id.netralitas.report;

import id.netralitas.agency.Agency;
import id.netralitas.common.persistence.VersionedEntity;
import id.netralitas.employee.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One reported employee's follow-up after a recommendation: the PPK's decision, escalation, appeal. */
@Entity
@Table(name = "report_track")
public class ReportTrack extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ReportEmployee reportEmployee;

    @Column(columnDefinition = "CHAR(18)")
    public String nip;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Employee employee;

    /** The agency whose PPK must follow up, as at the recommendation. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
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

    /** The receipt of the decree's delivery to the employee, and the day it was delivered. */
    public String decreeDeliveryNumber;

    public LocalDate decreeDeliveredOn;

    /** The covering letter of the decree's copy to BKN, and the day it was sent. */
    public String bknCopyNumber;

    public LocalDate bknCopyOn;
}
