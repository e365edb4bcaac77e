package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.text.Text;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
    ReportRepository reports;

    @Inject
    IdentityAccessRequestRepository requests;

    @Inject
    IdentityDisclosureRepository disclosures;

    @Inject
    IdentityAccessConfig config;

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
        if (requests.hasPending(report, caller.name())) {
            throw ApiException.conflict("IDENTITY_REQUEST_PENDING", report.caseNumber);
        }
        IdentityAccessRequest request = new IdentityAccessRequest();
        request.publicId = UUID.randomUUID().toString();
        request.report = report;
        request.requestedBy = caller.name();
        request.requesterRole = caller.primaryRole();
        request.reason = reason.trim();
        request.status = IdentityAccessRequest.Status.PENDING;
        requests.persist(request);
        return request;
    }

    /** The requests on a case: a custodian sees all of them, an officer in scope only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdentityAccessRequest> ofReport(String reportId) {
        Report report = custodian() ? queries.find(reportId) : queries.get(reportId);
        return requests.ofReport(report, custodian() ? null : caller.name());
    }

    /** A custodian's queue: requests on every case, optionally of one status, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<IdentityAccessRequest> queue(IdentityAccessRequest.Status status, PageParams page) {
        PanacheQuery<IdentityAccessRequest> query = requests.queue(status).page(page.page, page.size);
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
        request.decisionNote = Text.blankToNull(note);
        request.validUntil = approve ? request.decidedAt.plus(config.validFor()) : null;
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
        log(reports.getEntityManager().getReference(Report.class, reportId), IdentityDisclosure.Ground.INTAKE_SCOPE, null,
                operation);
    }

    /** The disclosures of a case, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<IdentityDisclosure> log(String reportId, PageParams page) {
        Report report = queries.find(reportId);
        PanacheQuery<IdentityDisclosure> query = disclosures.ofReport(report).page(page.page, page.size);
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
        disclosures.persist(d);
    }

    private IdentityAccessRequest find(Report report, String requestId) {
        return requests.findByPublicId(report, requestId == null ? "" : requestId)
                .orElseThrow(() -> ApiException.notFound("IDENTITY_REQUEST_NOT_FOUND", requestId));
    }

    private boolean custodian() {
        return caller.hasRole(Roles.CUSTODIAN);
    }
}
