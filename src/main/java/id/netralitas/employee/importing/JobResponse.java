package id.netralitas.employee.importing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as answered, with its displayed status. */
@Schema(name = "EmployeeImport", description = "A bulk import job")
public record JobResponse(
        @Schema(format = "uuid", maxLength = 36, example = "3f0b2a1c-5d6e-4f70-8a9b-0c1d2e3f4a5b") String id,
        EmployeeImportJob.Status status,
        @Schema(maxLength = 100) String submittedBy,
        @Schema(description = "The agency a PPK import is limited to", maxLength = 40) String agencyScope,
        @Schema(description = "SHA-256 of the uploaded file", maxLength = 64, pattern = "^[0-9a-f]{64}$") String fileSha256,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long fileBytes,
        @Schema(description = "Data rows processed so far", format = "int64", minimum = "0",
                maximum = "9007199254740991") long rowsRead,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long inserted,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long updated,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long unchanged,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long rejected,
        @Schema(description = "Why a FAILED job stopped", maxLength = 1000) String failure,
        @Schema(format = "date-time", maxLength = 35) Instant createdAt,
        @Schema(format = "date-time", maxLength = 35) Instant startedAt,
        @Schema(format = "date-time", maxLength = 35) Instant finishedAt) {

    static JobResponse of(EmployeeImportJob job, EmployeeImportJob.Status status) {
        return new JobResponse(job.publicId, status, job.submittedBy, job.agencyScope, job.fileSha256, job.fileBytes,
                job.rowsRead, job.inserted, job.updated, job.unchanged, job.rejected, job.failure, job.createdAt,
                job.startedAt, job.finishedAt);
    }
}
