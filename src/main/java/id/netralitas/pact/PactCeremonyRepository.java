package id.netralitas.pact;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PactCeremonyRepository implements PanacheRepository<PactCeremony> {

    /** An earlier ceremony of this election and agency. */
    public Optional<PactCeremony> find(String publicId, long electionId, long agencyId) {
        return list("publicId", publicId).stream()
                .filter(c -> c.election.id.equals(electionId) && c.agency.id.equals(agencyId)).findFirst();
    }
}
