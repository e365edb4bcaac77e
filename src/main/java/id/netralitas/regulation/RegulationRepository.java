package id.netralitas.regulation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RegulationRepository implements PanacheRepository<Regulation> {

    public Optional<Regulation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
