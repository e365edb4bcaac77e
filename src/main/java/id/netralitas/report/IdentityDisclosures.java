package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only log of identity disclosures. */
@ApplicationScoped
public class IdentityDisclosures implements PanacheRepository<IdentityDisclosure> {
}
