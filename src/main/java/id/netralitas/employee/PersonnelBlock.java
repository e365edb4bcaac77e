package id.netralitas.employee;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One case's block of an employee's personnel data (BKN enforcement after an unheeded recommendation).
 * The employee is blocked while any block stands; only the case that set a block lifts it.
 */
@Entity
@Table(name = "personnel_block")
public class PersonnelBlock extends GeneratedIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Employee employee;

    /** The case (report id) whose escalation set the block. */
    public Long caseId;

    public String reference;

    public Instant blockedAt;
}
