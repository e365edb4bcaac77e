package id.netralitas.employee.importing;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One bulk import of the register: the uploaded file's fingerprint, its progress and outcome. */
@Entity
@Table(name = "employee_import_job")
public class EmployeeImportJob extends GeneratedIdEntity {

    /** Stored states; {@code INTERRUPTED} is derived on reading (see {@link EmployeeImportService}). */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED }

    @Column(unique = true, columnDefinition = "CHAR(36)")
    public String publicId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String submittedBy;

    /** The agency a ppk import is limited to; null for admin imports. */
    public String agencyScope;

    @Column(columnDefinition = "CHAR(64)")
    public String fileSha256;

    public long fileBytes;

    public long rowsRead;

    public long inserted;

    public long updated;

    public long unchanged;

    public long rejected;

    public String failure;

    public Instant heartbeatAt;

    public Instant startedAt;

    public Instant finishedAt;

    @Version
    public long version;

    @Column(updatable = false)
    public Instant createdAt;

    public Instant updatedAt;
}
