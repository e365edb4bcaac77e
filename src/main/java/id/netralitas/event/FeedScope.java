package id.netralitas.event;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import java.util.Optional;

/**
 * Which events a reader sees: admin and verifier all of them; bawaslu the events of reports (and
 * catalogue changes); a ppk those of its agency (reports naming one of its employees, its
 * employees and signatures) and catalogue changes.
 */
public record FeedScope(boolean all, boolean reportsOnly, Optional<String> agencyCode) {

    public static FeedScope of(Caller caller) {
        if (caller.isAdmin() || caller.hasRole(Roles.VERIFIER)) {
            return new FeedScope(true, false, Optional.empty());
        }
        if (caller.hasRole(Roles.BAWASLU)) {
            return new FeedScope(false, true, Optional.empty());
        }
        if (caller.hasRole(Roles.PPK)) {
            return new FeedScope(false, false, Optional.of(caller.requireAgency()));
        }
        throw ApiException.forbidden("FORBIDDEN");
    }

    /** Whether events of this type may reach this scope at all. */
    public boolean admits(DomainEventType type) {
        return all || !reportsOnly || type.isReportEvent() || type == DomainEventType.CATALOGUE_CHANGED;
    }
}
