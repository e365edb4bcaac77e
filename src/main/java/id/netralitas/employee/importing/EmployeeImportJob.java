package id.netralitas.employee.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One bulk import of the register: the uploaded file's fingerprint, its progress and outcome. */
@Entity
@Table(name = "employee_import_job")
public class EmployeeImportJob {

    /** Stored states; {@code INTERRUPTED} is derived on reading (see {@link EmployeeImportService}). */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, columnDefinition = "CHAR(36)")
    public String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    /** The agency a ppk import is limited to; null for admin imports. */
    @Column(name = "agency_scope", length = 40)
    public String agencyScope;

    @Column(name = "file_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String fileSha256;

    @Column(name = "file_bytes", nullable = false)
    public long fileBytes;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(nullable = false)
    public long inserted;

    @Column(nullable = false)
    public long updated;

    @Column(nullable = false)
    public long unchanged;

    @Column(nullable = false)
    public long rejected;

    @Column(length = 1000)
    public String failure;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
