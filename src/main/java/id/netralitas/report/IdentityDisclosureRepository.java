package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only log of identity disclosures. */
@ApplicationScoped
public class IdentityDisclosureRepository implements PanacheRepository<IdentityDisclosure> {

    /** A case's disclosures, oldest first. */
    public PanacheQuery<IdentityDisclosure> ofReport(Report report) {
        return find("from IdentityDisclosure d where d.report = ?1", Sort.by("d.id"), report);
    }
}
