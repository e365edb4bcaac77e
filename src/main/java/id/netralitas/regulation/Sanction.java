package id.netralitas.regulation;

import id.netralitas.employee.EmployeeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A sanction of the catalogue (moral, disciplinary or dismissal), one revision. */
@Entity
@Table(name = "sanction")
public class Sanction extends CatalogueEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_level")
    public SanctionLevel level;

    public Integer durationMonths;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "sanction_employee_type", joinColumns = @JoinColumn(name = "sanction_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type")
    public Set<EmployeeType> employeeTypes = EnumSet.noneOf(EmployeeType.class);
}
