package id.netralitas.employee.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmployeeImportErrorRepository implements PanacheRepository<EmployeeImportError> {
}
