package id.netralitas.employee;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class EmployeeRepository implements PanacheRepository<Employee> {

    public Optional<Employee> findByNip(String nip) {
        // The agency comes with it: every view of an employee shows the agency code and name.
        return find("from Employee e join fetch e.agency where e.nip = ?1", nip).firstResultOptional();
    }
}
