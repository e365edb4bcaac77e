package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Identity access requests. */
@ApplicationScoped
public class IdentityAccessRequests implements PanacheRepository<IdentityAccessRequest> {
}
