package id.netralitas.report;

import id.netralitas.common.persistence.VersionedEntity;
import id.netralitas.election.Election;
import id.netralitas.regulation.CandidatePhase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A violation report (laporan, temuan, penerusan or internal) in one election. */
@Entity
@Table(name = "report")
public class Report extends VersionedEntity {

    @Column(unique = true, columnDefinition = "CHAR(36)")
    public String publicId;

    @Column(unique = true)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public ReportOrigin origin;

    @Enumerated(EnumType.STRING)
    public ReportChannel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Election election;

    @Enumerated(EnumType.STRING)
    public CandidatePhase candidatePhase;

    public String candidateName;

    @Enumerated(EnumType.STRING)
    public CandidateOffice candidateOffice;

    public LocalDate incidentDate;

    public LocalDate knownDate;

    public Instant receivedAt;

    public String incidentRegionCode;

    public String incidentPlace;

    @Column(columnDefinition = "TEXT")
    public String description;

    public boolean anonymous;

    public boolean confidential;

    public String reporterNameEncrypted;

    public String reporterNikEncrypted;

    public String reporterPhoneEncrypted;

    public String reporterEmailEncrypted;

    public String reporterAddressEncrypted;

    /** When the reporter's NIK and contact were erased, a retention period after the case closed. */
    public Instant reporterContactErasedAt;

    public String externalSource;

    public String externalId;

    public String intakeAuthorityCode;

    public String handlingAuthorityCode;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    /** When the case last changed in a way its reporter may see (status, a message to them). */
    public Instant statusChangedAt;

    public boolean lateReport;

    public LocalDate reportingDeadline;

    public boolean possibleDuplicate;

    /** SHA-256 of the reporter's receipt; the receipt itself is never stored. */
    @Column(columnDefinition = "CHAR(64)")
    public String receiptSha256;

    public String submittedBy;

    public String submittedRole;

    public String registrationNumber;

    public String forwardLetterNumber;

    public LocalDate forwardLetterDate;

    /** The day the case was received where it was first filed (an integration client's register, or here). */
    public LocalDate receivedOn;

    /** The day the latest step (intake or a transition) happened; a backfilled step may not predate it. */
    public LocalDate lastStepOn;

    /** An agency's own case: how many times the employee was summoned (at most twice). */
    public int summonsCount;

    /** An agency's own case: the number of the examination minutes (BAP). */
    public String examinationMinutesNumber;

    /** An agency's own case: the decree forming the examination team (tim pemeriksa). */
    public String examinationTeamDecree;

    /** Forwarded in parallel to Sentra Gakkumdu for the criminal track. */
    public boolean gakkumdu;

    @ManyToOne(fetch = FetchType.LAZY)
    public Report duplicateOf;

    /** Bawaslu used its one extension of the decision period. */
    public boolean decisionExtended;

    /** The time limit the case is now under, and its last day. */
    @Enumerated(EnumType.STRING)
    public id.netralitas.election.DeadlineKind deadlineKind;

    public LocalDate deadlineDue;

    public String recommendationIssuer;

    public String recommendationNumber;

    public LocalDate recommendationDate;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ReportEmployee> employees = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<ReportTrack> tracks = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    public List<ReportViolationType> violationTypes = new ArrayList<>();

    /**
     * Marks the case changed when only its parts changed (reported persons, violation types, follow-ups):
     * the row is written, so its version (the ETag) and {@code updatedAt} (what {@code updatedSince} finds) move.
     */
    void touch() {
        updatedAt = Instant.now();
    }
}
