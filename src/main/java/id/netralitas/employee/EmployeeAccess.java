package id.netralitas.employee;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may see and change which employees, in one place:
 * <ul>
 * <li>{@code admin}: everything;</li>
 * <li>{@code verifier}, {@code bawaslu}: read every employee, NIK masked;</li>
 * <li>{@code ppk}: read, create and edit the employees of its own agency (claim {@code agency}),
 * NIK in full; anything else is 403;</li>
 * <li>{@code asn}: read its own record (claim {@code nip}), NIK in full.</li>
 * </ul>
 */
@RequestScoped
public class EmployeeAccess {

    @Inject
    Caller caller;

    /** The agency a list must be restricted to, for a ppk; empty for roles that read everything. */
    public Optional<String> listScope() {
        if (caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU)) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.PPK)) {
            return Optional.of(caller.requireAgency());
        }
        throw ApiException.forbidden("FORBIDDEN");
    }

    public void requireRead(Employee employee) {
        if (!canReadFully(employee) && !caller.hasRole(Roles.VERIFIER) && !caller.hasRole(Roles.BAWASLU)) {
            throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", employee.nip);
        }
    }

    /** A ppk may only create or edit employees of its own agency, and not move them to another. */
    public void requireWrite(String agencyCode) {
        if (caller.isAdmin()) {
            return;
        }
        if (caller.hasRole(Roles.PPK) && caller.requireAgency().equalsIgnoreCase(agencyCode)) {
            return;
        }
        throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", agencyCode);
    }

    /** Whether the caller sees this employee's NIK in full (otherwise it is masked). */
    public boolean canReadFully(Employee employee) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.PPK) && caller.agencyCode().map(employee.agency.code::equalsIgnoreCase).orElse(false)) {
            return true;
        }
        return caller.hasRole(Roles.ASN) && caller.nip().map(employee.nip::equals).orElse(false);
    }

    public String actor() {
        return caller.name();
    }
}
