package id.netralitas.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an employee's status: who, when, from what, to what, and through which channel. */
@Entity
@Table(name = "employee_status_change")
public class EmployeeStatusChange {

    /** How a change reached the register. */
    public enum Channel { API, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_id", nullable = false)
    public Long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 40)
    public EmployeeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 40)
    public EmployeeStatus toStatus;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "changed_via", nullable = false, length = 20)
    public Channel changedVia;

    @Column(length = 500)
    public String note;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
