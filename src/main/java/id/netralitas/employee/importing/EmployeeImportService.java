package id.netralitas.employee.importing;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts bulk imports: the uploaded CSV is spooled ({@link ImportSpool}), a job recorded and
 * handed to the {@link EmployeeImportExecutor}. Also reads jobs and their rejected rows for the
 * caller's scope.
 */
@ApplicationScoped
public class EmployeeImportService {

    @Inject
    EmployeeImportJobRepository jobs;

    @Inject
    EmployeeImportErrorRepository errors;

    @Inject
    IdempotencyService idempotency;

    @Inject
    EmployeeImportExecutor executor;

    @Inject
    EmployeeImportProcessor processor;

    @Inject
    Caller caller;

    @Inject
    EmployeeImportConfig config;

    /** Accepts an upload from the current caller (an admin, or a ppk limited to its agency). */
    public JobResponse submit(InputStream body, Optional<String> idempotencyKey) {
        EmployeeImportJob job = submit(body, idempotencyKey, caller.name(),
                caller.isAdmin() ? null : caller.requireAgency(), true);
        return JobResponse.of(job, displayedStatus(job));
    }

    /**
     * Imports a file in the calling thread, as {@code actor} with no agency limit: for data loaded
     * by the service itself (the dev profile's demo register).
     */
    public EmployeeImportJob importNow(InputStream body, String actor) {
        return submit(body, Optional.empty(), actor, null, false);
    }

    private EmployeeImportJob submit(InputStream body, Optional<String> idempotencyKey, String actor, String scope,
                                     boolean background) {
        Path dir = config.spoolDir().map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        ImportSpool spool = ImportSpool.write(body, dir, config.maxBytes().asLongValue());
        try {
            String idempotencyScope = "employee-import:" + actor;
            if (idempotencyKey.isPresent()) {
                Optional<IdempotencyRecord> earlier = idempotency.replay(idempotencyScope, idempotencyKey.get(),
                        spool.sha256());
                if (earlier.isPresent()) {
                    spool.delete();
                    return jobs.find("publicId", earlier.get().resourceId).singleResult();
                }
            }
            EmployeeImportJob job = recordJobCommitted(spool, actor, scope, idempotencyScope, idempotencyKey);
            ImportRun run = new ImportRun(job.id, job.publicId, actor, scope, spool.file());
            if (background) {
                executor.submit(run);
            } else {
                processor.run(run);
            }
            return job;
        } catch (RuntimeException e) {
            spool.delete();
            throw e;
        }
    }

    /** The job row (and the Idempotency-Key's record) commit before the job is handed to a worker. */
    private EmployeeImportJob recordJobCommitted(ImportSpool spool, String actor, String scope,
                                                 String idempotencyScope, Optional<String> idempotencyKey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EmployeeImportJob created = new EmployeeImportJob();
            created.publicId = UUID.randomUUID().toString();
            created.status = EmployeeImportJob.Status.QUEUED;
            created.submittedBy = actor;
            created.agencyScope = scope;
            created.fileSha256 = spool.sha256();
            created.fileBytes = spool.bytes();
            created.createdAt = Instant.now();
            created.updatedAt = created.createdAt;
            jobs.persist(created);
            if (idempotencyKey.isPresent()) {
                idempotency.remember(idempotencyScope, idempotencyKey.get(), spool.sha256(), created.publicId, 202, null);
            }
            return created;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobResponse get(String publicId) {
        EmployeeImportJob job = visibleJob(publicId);
        return JobResponse.of(job, displayedStatus(job));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EmployeeImportError> errors(String publicId, PageParams page) {
        EmployeeImportJob job = visibleJob(publicId);
        PanacheQuery<EmployeeImportError> query = errors.find("jobId", Sort.by("lineNumber").and("id"), job.id)
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    private EmployeeImportJob visibleJob(String publicId) {
        EmployeeImportJob job = jobs.find("publicId", publicId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("EMPLOYEE_IMPORT_NOT_FOUND", publicId));
        if (!caller.isAdmin() && !(caller.hasRole(Roles.PPK) && caller.requireAgency().equals(job.agencyScope))) {
            throw ApiException.notFound("EMPLOYEE_IMPORT_NOT_FOUND", publicId);
        }
        return job;
    }

    /** The state shown to clients: a queued or running job whose heartbeat stopped is INTERRUPTED. */
    private EmployeeImportJob.Status displayedStatus(EmployeeImportJob job) {
        boolean active = job.status == EmployeeImportJob.Status.QUEUED || job.status == EmployeeImportJob.Status.RUNNING;
        Instant lastSign = job.heartbeatAt != null ? job.heartbeatAt : job.createdAt;
        return active && lastSign.isBefore(Instant.now().minus(config.staleAfter()))
                ? EmployeeImportJob.Status.INTERRUPTED : job.status;
    }
}
