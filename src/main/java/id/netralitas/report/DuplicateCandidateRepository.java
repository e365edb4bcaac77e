package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Likely duplicates found between cases. */
@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepositoryBase<DuplicateCandidate, DuplicateCandidate.Key> {
}
