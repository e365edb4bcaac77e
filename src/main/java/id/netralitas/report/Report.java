package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import id.netralitas.election.Election;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A violation report (laporan, temuan, penerusan or internal) in one election. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, columnDefinition = "CHAR(36)")
    public String publicId;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ReportOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportChannel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false)
    public Election election;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_phase", length = 16)
    public CandidatePhase candidatePhase;

    @Column(name = "candidate_name", length = 200)
    public String candidateName;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_office", length = 30)
    public CandidateOffice candidateOffice;

    @Column(name = "incident_date", nullable = false)
    public LocalDate incidentDate;

    @Column(name = "known_date", nullable = false)
    public LocalDate knownDate;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "incident_region_code", nullable = false, length = 13)
    public String incidentRegionCode;

    @Column(name = "incident_place", length = 500)
    public String incidentPlace;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(nullable = false)
    public boolean confidential;

    @Column(name = "reporter_name_encrypted", length = 400)
    public String reporterNameEncrypted;

    @Column(name = "reporter_nik_encrypted", length = 120)
    public String reporterNikEncrypted;

    @Column(name = "reporter_phone_encrypted", length = 200)
    public String reporterPhoneEncrypted;

    @Column(name = "reporter_email_encrypted", length = 600)
    public String reporterEmailEncrypted;

    @Column(name = "reporter_address_encrypted", length = 1200)
    public String reporterAddressEncrypted;

    /** When the reporter's NIK and contact were erased, a retention period after the case closed. */
    @Column(name = "reporter_contact_erased_at")
    public Instant reporterContactErasedAt;

    @Column(name = "external_source", length = 40)
    public String externalSource;

    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(name = "intake_authority_code", length = 60)
    public String intakeAuthorityCode;

    @Column(name = "handling_authority_code", nullable = false, length = 60)
    public String handlingAuthorityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ReportStatus status;

    /** When the case last changed in a way its reporter may see (status, a message to them). */
    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "late_report", nullable = false)
    public boolean lateReport;

    @Column(name = "reporting_deadline")
    public LocalDate reportingDeadline;

    @Column(name = "possible_duplicate", nullable = false)
    public boolean possibleDuplicate;

    /** SHA-256 of the reporter's receipt; the receipt itself is never stored. */
    @Column(name = "receipt_sha256", length = 64, columnDefinition = "CHAR(64)")
    public String receiptSha256;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    @Column(name = "submitted_role", nullable = false, length = 20)
    public String submittedRole;

    @Column(name = "registration_number", length = 100)
    public String registrationNumber;

    @Column(name = "forward_letter_number", length = 100)
    public String forwardLetterNumber;

    /** Forwarded in parallel to Sentra Gakkumdu for the criminal track. */
    @Column(nullable = false)
    public boolean gakkumdu;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    public Report duplicateOf;

    /** Bawaslu used its one extension of the decision period. */
    @Column(name = "decision_extended", nullable = false)
    public boolean decisionExtended;

    /** The time limit the case is now under, and its last day. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", length = 40)
    public id.netralitas.election.DeadlineKind deadlineKind;

    @Column(name = "deadline_due")
    public LocalDate deadlineDue;

    @Column(name = "recommendation_issuer", length = 60)
    public String recommendationIssuer;

    @Column(name = "recommendation_number", length = 100)
    public String recommendationNumber;

    @Column(name = "recommendation_date")
    public LocalDate recommendationDate;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ReportEmployee> employees = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<ReportTrack> tracks = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    public List<ReportViolationType> violationTypes = new ArrayList<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
