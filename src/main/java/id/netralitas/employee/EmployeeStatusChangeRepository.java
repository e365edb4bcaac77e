package id.netralitas.employee;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmployeeStatusChangeRepository implements PanacheRepository<EmployeeStatusChange> {
}
