package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Custody of reporters' identities (docs/security.md): an officer in scope who does not see the
 * reporter asks, with a reason; a custodian decides; an approved requester reads the identity for a
 * limited time. Every disclosure, through a request or to the intake unit reading a case, is logged.
 */
@ApplicationScoped
public class IdentityAccessService {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportAccess access;

    @Inject
    ReportViews views;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    IdentityAccessRequests requests;

    @Inject
    IdentityDisclosures disclosures;

    @ConfigProperty(name = "netralitas.identity-access.valid-for", defaultValue = "P7D")
    Duration validFor;

    /** An officer asks to see who reported a case in their scope. */
    @Transactional
    public IdentityAccessRequest request(String reportId, String reason) {
        Report report = queries.get(reportId);
        if (report.anonymous || report.reporterNameEncrypted == null) {
            throw ApiException.conflict("IDENTITY_NOT_AVAILABLE", report.caseNumber);
        }
        if (access.seesReporter(report)) {
            throw ApiException.conflict("IDENTITY_ALREADY_VISIBLE", report.caseNumber);
        }
        boolean pending = em.createQuery("select count(q) from IdentityAccessRequest q where q.report = :report "
                        + "and q.requestedBy = :who and q.status = :pending", Long.class)
                .setParameter("report", report).setParameter("who", caller.name())
                .setParameter("pending", IdentityAccessRequest.Status.PENDING).getSingleResult() > 0;
        if (pending) {
            throw ApiException.conflict("IDENTITY_REQUEST_PENDING", report.caseNumber);
        }
        IdentityAccessRequest request = new IdentityAccessRequest();
        request.publicId = UUID.randomUUID().toString();
        request.report = report;
        request.requestedBy = caller.name();
        request.requesterRole = caller.primaryRole();
        request.reason = reason.trim();
        request.status = IdentityAccessRequest.Status.PENDING;
        em.persist(request);
        return request;
    }

    /** The requests on a case: a custodian sees all of them, an officer in scope only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdentityAccessRequest> ofReport(String reportId) {
        Report report = custodian() ? queries.find(reportId) : queries.get(reportId);
        var query = em.createQuery("select q from IdentityAccessRequest q where q.report = :report"
                + (custodian() ? "" : " and q.requestedBy = :who") + " order by q.id", IdentityAccessRequest.class)
                .setParameter("report", report);
        if (!custodian()) {
            query.setParameter("who", caller.name());
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** A custodian's queue: requests on every case, optionally of one status, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<IdentityAccessRequest> queue(IdentityAccessRequest.Status status, PageParams page) {
        PanacheQuery<IdentityAccessRequest> query = status == null
                ? requests.find("from IdentityAccessRequest q", Sort.by("q.id"))
                : requests.find("from IdentityAccessRequest q where q.status = ?1", Sort.by("q.id"), status);
        query.page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** A custodian approves or rejects a pending request; never their own. */
    @Transactional
    public IdentityAccessRequest decide(String reportId, String requestId, boolean approve, String note) {
        IdentityAccessRequest request = find(queries.find(reportId), requestId);
        if (request.requestedBy.equals(caller.name())) {
            throw ApiException.forbidden("IDENTITY_REQUEST_OWN");
        }
        if (request.status != IdentityAccessRequest.Status.PENDING) {
            throw ApiException.conflict("IDENTITY_REQUEST_DECIDED", request.status);
        }
        request.status = approve ? IdentityAccessRequest.Status.APPROVED : IdentityAccessRequest.Status.REJECTED;
        request.decidedBy = caller.name();
        request.decidedAt = Instant.now();
        request.decisionNote = note == null || note.isBlank() ? null : note.trim();
        request.validUntil = approve ? request.decidedAt.plus(validFor) : null;
        return request;
    }

    /** The identity, for the requester of an approved request that is still valid; logged. */
    @Transactional
    public ReportResponse.ReporterResponse disclose(String reportId, String requestId) {
        Report report = queries.get(reportId);
        IdentityAccessRequest request = find(report, requestId);
        if (!request.requestedBy.equals(caller.name())) {
            throw ApiException.notFound("IDENTITY_REQUEST_NOT_FOUND", requestId);
        }
        if (request.status != IdentityAccessRequest.Status.APPROVED) {
            throw ApiException.conflict("IDENTITY_REQUEST_NOT_APPROVED", request.status);
        }
        if (request.validUntil.isBefore(Instant.now())) {
            throw ApiException.conflict("IDENTITY_REQUEST_EXPIRED", request.validUntil);
        }
        log(report, IdentityDisclosure.Ground.ACCESS_REQUEST, request, "getReporterIdentity");
        return views.reporter(report);
    }

    /** Records that the caller was shown the reporter of this case (the intake unit reading it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void logIntakeRead(long reportId, String operation) {
        log(em.getReference(Report.class, reportId), IdentityDisclosure.Ground.INTAKE_SCOPE, null, operation);
    }

    /** The disclosures of a case, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<IdentityDisclosure> log(String reportId, PageParams page) {
        Report report = queries.find(reportId);
        PanacheQuery<IdentityDisclosure> query = disclosures.find("from IdentityDisclosure d where d.report = ?1",
                Sort.by("d.id"), report);
        query.page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    private void log(Report report, IdentityDisclosure.Ground ground, IdentityAccessRequest request, String operation) {
        IdentityDisclosure d = new IdentityDisclosure();
        d.report = report;
        d.disclosedTo = caller.name();
        d.recipientRole = caller.primaryRole();
        d.ground = ground;
        d.request = request;
        d.operation = operation;
        d.disclosedAt = Instant.now();
        em.persist(d);
    }

    private IdentityAccessRequest find(Report report, String requestId) {
        return em.createQuery("select q from IdentityAccessRequest q where q.report = :report and q.publicId = :id",
                        IdentityAccessRequest.class)
                .setParameter("report", report).setParameter("id", requestId == null ? "" : requestId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("IDENTITY_REQUEST_NOT_FOUND", requestId));
    }

    private boolean custodian() {
        return caller.hasRole(Roles.CUSTODIAN);
    }
}
