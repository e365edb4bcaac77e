package id.netralitas.employee;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an employee's status: who, when, from what, to what, and through which channel. */
@Entity
@Table(name = "employee_status_change")
public class EmployeeStatusChange extends GeneratedIdEntity {

    /** How a change reached the register. */
    public enum Channel { API, IMPORT }

    public Long employeeId;

    @Enumerated(EnumType.STRING)
    public EmployeeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public EmployeeStatus toStatus;

    public String changedBy;

    @Enumerated(EnumType.STRING)
    public Channel changedVia;

    public String note;

    public Instant changedAt;
}
