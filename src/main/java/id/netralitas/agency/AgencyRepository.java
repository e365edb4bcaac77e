package id.netralitas.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class AgencyRepository implements PanacheRepository<Agency> {

    public Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
