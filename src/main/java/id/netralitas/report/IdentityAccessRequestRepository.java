package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Identity access requests. */
@ApplicationScoped
public class IdentityAccessRequestRepository implements PanacheRepository<IdentityAccessRequest> {

    public boolean hasPending(Report report, String requestedBy) {
        return count("report = ?1 and requestedBy = ?2 and status = ?3", report, requestedBy,
                IdentityAccessRequest.Status.PENDING) > 0;
    }

    /** A case's requests in the order they were made, all of them or one requester's; at most 1000. */
    public List<IdentityAccessRequest> ofReport(Report report, String requestedByOrAll) {
        PanacheQuery<IdentityAccessRequest> query = requestedByOrAll == null
                ? find("report = ?1", Sort.by("id"), report)
                : find("report = ?1 and requestedBy = ?2", Sort.by("id"), report, requestedByOrAll);
        return query.page(0, 1000).list();
    }

    /** Requests on every case, optionally of one status, oldest first. */
    public PanacheQuery<IdentityAccessRequest> queue(IdentityAccessRequest.Status status) {
        return status == null
                ? find("from IdentityAccessRequest q", Sort.by("q.id"))
                : find("from IdentityAccessRequest q where q.status = ?1", Sort.by("q.id"), status);
    }

    public Optional<IdentityAccessRequest> findByPublicId(Report report, String requestId) {
        return find("report = ?1 and publicId = ?2", report, requestId).firstResultOptional();
    }
}
