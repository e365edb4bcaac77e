package id.netralitas.employee;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts bulk imports: the uploaded CSV is streamed to a spool file (hashing it on the way),
 * its header checked, a job recorded and handed to the {@link EmployeeImportExecutor}. Also reads
 * jobs and their rejected rows for the caller's scope.
 */
@ApplicationScoped
public class EmployeeImportService {

    @ApplicationScoped
    public static class Jobs implements PanacheRepository<EmployeeImportJob> {
    }

    @ApplicationScoped
    public static class Errors implements PanacheRepository<EmployeeImportError> {
    }

    @Inject
    Jobs jobs;

    @Inject
    Errors errors;

    @Inject
    IdempotencyService idempotency;

    @Inject
    EmployeeImportExecutor executor;

    @Inject
    EmployeeImportProcessor processor;

    @Inject
    Caller caller;

    @ConfigProperty(name = "netralitas.employee-import.max-bytes", defaultValue = "2G")
    MemorySize maxBytes;

    @ConfigProperty(name = "netralitas.employee-import.spool-dir")
    Optional<String> spoolDir;

    @ConfigProperty(name = "netralitas.employee-import.stale-after", defaultValue = "2M")
    Duration staleAfter;

    /** A job and whether it is the replay of an earlier submission with the same Idempotency-Key. */
    public record Submission(EmployeeImportJob job, boolean replayed) {
    }

    private record Spooled(Path file, String sha256, long bytes) {
    }

    /** Accepts an upload from the current caller (an admin, or a ppk limited to its agency). */
    public Submission submit(InputStream body, Optional<String> idempotencyKey) {
        return submit(body, idempotencyKey, caller.name(), caller.isAdmin() ? null : caller.requireAgency(), true);
    }

    /**
     * Imports a file in the calling thread, as {@code actor} with no agency limit: for data loaded
     * by the service itself (the dev profile's demo register).
     */
    public EmployeeImportJob importNow(InputStream body, String actor) {
        return submit(body, Optional.empty(), actor, null, false).job();
    }

    private Submission submit(InputStream body, Optional<String> idempotencyKey, String actor, String scope,
                              boolean background) {
        Spooled spooled = spool(body);
        try {
            checkHeader(spooled.file());
            String idempotencyScope = "employee-import:" + actor;
            if (idempotencyKey.isPresent()) {
                Optional<IdempotencyRecord> earlier = idempotency.replay(idempotencyScope, idempotencyKey.get(),
                        spooled.sha256());
                if (earlier.isPresent()) {
                    Files.deleteIfExists(spooled.file());
                    return new Submission(jobs.find("publicId", earlier.get().resourceId).singleResult(), true);
                }
            }
            EmployeeImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                EmployeeImportJob created = new EmployeeImportJob();
                created.publicId = UUID.randomUUID().toString();
                created.status = EmployeeImportJob.Status.QUEUED;
                created.submittedBy = actor;
                created.agencyScope = scope;
                created.fileSha256 = spooled.sha256();
                created.fileBytes = spooled.bytes();
                created.createdAt = Instant.now();
                created.updatedAt = created.createdAt;
                jobs.persist(created);
                if (idempotencyKey.isPresent()) {
                    idempotency.remember(idempotencyScope, idempotencyKey.get(), spooled.sha256(), created.publicId,
                            202, null);
                }
                return created;
            });
            EmployeeImportProcessor.Job run = new EmployeeImportProcessor.Job(job.id, job.publicId, actor, scope,
                    spooled.file());
            if (background) {
                executor.submit(run);
            } else {
                processor.run(run);
            }
            return new Submission(job, false);
        } catch (IOException e) {
            deleteQuietly(spooled.file());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(spooled.file());
            throw e;
        }
    }

    public EmployeeImportJob get(String publicId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            EmployeeImportJob job = jobs.find("publicId", publicId).firstResultOptional()
                    .orElseThrow(() -> ApiException.notFound("EMPLOYEE_IMPORT_NOT_FOUND", publicId));
            if (!caller.isAdmin() && !(caller.hasRole(Roles.PPK) && caller.requireAgency().equals(job.agencyScope))) {
                throw ApiException.notFound("EMPLOYEE_IMPORT_NOT_FOUND", publicId);
            }
            return job;
        });
    }

    /** The state shown to clients: a queued or running job whose heartbeat stopped is INTERRUPTED. */
    public EmployeeImportJob.Status displayedStatus(EmployeeImportJob job) {
        boolean active = job.status == EmployeeImportJob.Status.QUEUED || job.status == EmployeeImportJob.Status.RUNNING;
        Instant lastSign = job.heartbeatAt != null ? job.heartbeatAt : job.createdAt;
        return active && lastSign.isBefore(Instant.now().minus(staleAfter)) ? EmployeeImportJob.Status.INTERRUPTED
                : job.status;
    }

    public PageResponse<EmployeeImportError> errors(String publicId, PageParams page) {
        EmployeeImportJob job = get(publicId);
        return QuarkusTransaction.joiningExisting().call(() -> {
            PanacheQuery<EmployeeImportError> query = errors.find("jobId", Sort.by("lineNumber").and("id"), job.id)
                    .page(page.page, page.size);
            return PageResponse.of(query.list(), page, query.count());
        });
    }

    private Spooled spool(InputStream body) {
        Path file = null;
        try {
            Path dir = spoolDir.map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "employee-import-", ".csv");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    if (bytes > maxBytes.asLongValue()) {
                        throw new ApiException(413, "PAYLOAD_TOO_LARGE");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (bytes == 0) {
                throw ApiException.badRequest("CSV_HEADER_INVALID", String.join(",", EmployeeCsvFormat.HEADER));
            }
            return new Spooled(file, HexFormat.of().formatHex(sha.digest()), bytes);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void checkHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); CsvReader csv = CsvReader.utf8(in)) {
            List<String> header = csv.next();
            if (header == null || !EmployeeCsvFormat.HEADER.equals(header.stream().map(String::trim).toList())) {
                throw ApiException.badRequest("CSV_HEADER_INVALID", String.join(",", EmployeeCsvFormat.HEADER));
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover spool file in the temp directory is harmless
            }
        }
    }
}
