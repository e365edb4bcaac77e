package id.netralitas.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AgencyUnitRepository implements PanacheRepository<AgencyUnit> {

    public Optional<AgencyUnit> findByCode(Agency agency, String code) {
        return find("agency = ?1 and code = ?2", agency, code).firstResultOptional();
    }

    /** The units below this one (not itself), top down. */
    List<AgencyUnit> below(AgencyUnit unit) {
        return find("agency = ?1 and path like ?2 and id <> ?3 order by path", unit.agency, unit.path + "%", unit.id).list();
    }
}
