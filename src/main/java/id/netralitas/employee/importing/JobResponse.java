package id.netralitas.employee.importing;

import java.time.Instant;

/** An import job as answered, with its displayed status. */
public record JobResponse(
        String id,
        EmployeeImportJob.Status status,
        String submittedBy,
        String agencyScope,
        String fileSha256,
        long fileBytes,
        long rowsRead,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static JobResponse of(EmployeeImportJob job, EmployeeImportJob.Status status) {
        return new JobResponse(job.publicId, status, job.submittedBy, job.agencyScope, job.fileSha256, job.fileBytes,
                job.rowsRead, job.inserted, job.updated, job.unchanged, job.rejected, job.failure, job.createdAt,
                job.startedAt, job.finishedAt);
    }
}
