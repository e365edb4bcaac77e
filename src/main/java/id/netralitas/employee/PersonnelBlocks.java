package id.netralitas.employee;

import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Blocks of an employee's personnel data, one per case: the employee shows {@code personnelBlocked}
 * (with the latest block's reference) while any case's block stands, a case lifts only its own block,
 * and the change feed announces when the employee becomes blocked and when the last block is lifted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelBlocks {

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    /** Blocks the employee for this case under the decision's reference. */
    public void block(Employee employee, long caseId, String reference) {
        PersonnelBlock block = new PersonnelBlock();
        block.employee = employee;
        block.caseId = caseId;
        block.reference = reference;
        block.blockedAt = Instant.now();
        em.persist(block);
        boolean wasBlocked = employee.personnelBlocked;
        employee.personnelBlocked = true;
        employee.blockedReference = reference;
        employee.blockedAt = block.blockedAt;
        if (!wasBlocked) {
            announce(DomainEventType.EMPLOYEE_BLOCKED, employee, reference);
        }
    }

    /**
     * Lifts this case's block; the employee stays blocked under another case's block if one stands.
     * False when this case had set no block.
     */
    public boolean lift(Employee employee, long caseId, String reference) {
        List<PersonnelBlock> blocks = em.createQuery("from PersonnelBlock b where b.employee = :employee",
                PersonnelBlock.class).setParameter("employee", employee).getResultList();
        List<PersonnelBlock> own = blocks.stream().filter(b -> b.caseId == caseId).toList();
        if (own.isEmpty()) {
            return false;
        }
        own.forEach(em::remove);
        PersonnelBlock latest = blocks.stream().filter(b -> b.caseId != caseId)
                .max(Comparator.comparing((PersonnelBlock b) -> b.blockedAt).thenComparing(b -> b.id)).orElse(null);
        employee.personnelBlocked = latest != null;
        employee.blockedReference = latest == null ? null : latest.reference;
        employee.blockedAt = latest == null ? null : latest.blockedAt;
        if (latest == null) {
            announce(DomainEventType.EMPLOYEE_UNBLOCKED, employee, reference);
        }
        return true;
    }

    private void announce(DomainEventType type, Employee employee, String reference) {
        events.record(type, employee.nip, employee.agency.code,
                Map.of("nip", employee.nip, "agencyCode", employee.agency.code, "reference", reference));
    }
}
