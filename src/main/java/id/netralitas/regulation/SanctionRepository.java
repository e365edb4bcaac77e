package id.netralitas.regulation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SanctionRepository implements PanacheRepository<Sanction> {
}
