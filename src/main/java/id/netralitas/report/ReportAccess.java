package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may see which reports and which parts of them, in one place (DESIGN.md section 5):
 * <ul>
 * <li>{@code admin}, {@code verifier}, {@code bawaslu}: every report, with the reporter's identity
 * unless the reporter chose anonymity;</li>
 * <li>{@code ppk}: only reports naming an employee of its own agency, and never the reporter;
 * another agency's report is 404, as if it did not exist;</li>
 * <li>{@code asn} and the public: no report at all; the public follows its own case by receipt.</li>
 * </ul>
 * Evidence files reach the intake roles as uploaded; every other role that reads a report gets them
 * stripped of metadata, or not at all ({@link #seesOriginalEvidence()}).
 */
@RequestScoped
public class ReportAccess {

    @Inject
    Caller caller;

    /** The agency a ppk's reads are limited to; empty for roles that read every report. */
    public Optional<String> readScope() {
        if (caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU)) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.PPK)) {
            return Optional.of(caller.requireAgency());
        }
        throw ApiException.forbidden("FORBIDDEN");
    }

    /** A ppk may read a report only when it names an employee of the ppk's agency. */
    public void requireRead(Report report) {
        Optional<String> scope = readScope();
        if (scope.isPresent() && report.employees.stream()
                .noneMatch(e -> e.agency != null && e.agency.code.equalsIgnoreCase(scope.get()))) {
            throw ApiException.notFound("REPORT_NOT_FOUND", report.publicId);
        }
    }

    /** Whether the caller may see who reported: the intake roles, never a ppk. */
    public boolean seesReporter() {
        return caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU);
    }

    /**
     * Whether the caller gets evidence files as uploaded, with their original name, size and SHA-256:
     * the intake roles only. Every other role (a ppk, and any role given read access later) gets a
     * copy without the metadata that could identify the reporter (position, device, author, times,
     * file name), or no content for files that cannot be stripped.
     */
    public boolean seesOriginalEvidence() {
        return caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU);
    }

    public Caller caller() {
        return caller;
    }
}
