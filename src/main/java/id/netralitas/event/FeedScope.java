package id.netralitas.event;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which events a reader sees, by the same rule as reading cases (docs/security.md): admin and a
 * national verifier every event; bawaslu the events of reports (and catalogue changes); a ppk those
 * of its agency (its follow-up tracks, its employees and signatures, the case-level events of reports
 * naming one of its employees) and catalogue changes; a regional officer (claim {@code region}) only
 * the events of cases, agencies and employees in that region. The change feed binds the scope to a
 * query's parameters; webhook deliveries apply it with the subscription's stored scope as columns.
 */
public record FeedScope(boolean all, boolean reportsOnly, Optional<String> agencyCode, Optional<String> region) {

    public static FeedScope of(Caller caller) {
        if (caller.isAdmin()) {
            return new FeedScope(true, false, Optional.empty(), Optional.empty());
        }
        if (caller.hasRole(Roles.VERIFIER)) {
            Optional<String> region = caller.region();
            return new FeedScope(region.isEmpty(), false, Optional.empty(), region);
        }
        if (caller.hasRole(Roles.BAWASLU)) {
            return new FeedScope(false, true, Optional.empty(), caller.region());
        }
        if (caller.hasRole(Roles.PPK)) {
            return new FeedScope(false, false, Optional.of(caller.requireAgency()), Optional.empty());
        }
        throw ApiException.forbidden("FORBIDDEN");
    }

    /** Whether events of this type may reach this scope at all. */
    public boolean admits(DomainEventType type) {
        return all || !reportsOnly || type.isReportEvent() || type == DomainEventType.CATALOGUE_CHANGED;
    }

    /** A condition on {@code domain_event de} and the values its {@code ?} placeholders take, in order. */
    public record Sql(String condition, List<Object> params) {
    }

    /** This scope's condition on the events of {@code domain_event de}, or an empty one. */
    public Sql sql() {
        StringBuilder condition = new StringBuilder();
        List<Object> params = new ArrayList<>();
        agencyCode.ifPresent(agency -> {
            condition.append(" AND ").append(agencyCondition("?"));
            params.add(agency);
            params.add(agency);
        });
        region.ifPresent(r -> {
            condition.append(" AND ").append(regionCondition("?", "?"));
            for (int i = 0; i < 3; i++) {
                params.add(r);
                params.add(r + ".%");
            }
        });
        return new Sql(condition.toString(), params);
    }

    /**
     * The same rule for webhook fan-out: events of {@code domain_event de} that a subscription of
     * {@code webhook_subscription s} may receive, its owner's region being {@code s.owner_region_code}.
     */
    public static String subscriptionCondition() {
        return "(s.owner_region_code IS NULL OR "
                + regionCondition("s.owner_region_code", "CONCAT(s.owner_region_code, '.%')") + ")";
    }

    /** Events of one agency: its own (tracks, employees, signatures), case-level events of its cases, catalogue changes. */
    private static String agencyCondition(String agency) {
        return "(de.agency_code = " + agency + " OR de.event_type = 'CATALOGUE_CHANGED' OR (de.agency_code IS NULL "
                + "AND de.report_id IS NOT NULL AND EXISTS (SELECT 1 FROM report_employee fre JOIN agency fa "
                + "ON fa.id = fre.agency_id WHERE fre.report_id = de.report_id AND fa.code = " + agency + ")))";
    }

    /** Events of cases whose incident region or a reported employee's agency lies in the region, and of its agencies. */
    private static String regionCondition(String region, String below) {
        return "(de.event_type = 'CATALOGUE_CHANGED'"
                + " OR (de.report_id IS NOT NULL AND (EXISTS (SELECT 1 FROM report fr WHERE fr.id = de.report_id "
                + "AND (fr.incident_region_code = " + region + " OR fr.incident_region_code LIKE " + below + ")) "
                + "OR EXISTS (SELECT 1 FROM report_employee fre JOIN agency fa ON fa.id = fre.agency_id "
                + "WHERE fre.report_id = de.report_id AND (fa.region_code = " + region + " OR fa.region_code LIKE "
                + below + "))))"
                + " OR (de.report_id IS NULL AND de.agency_code IS NOT NULL AND EXISTS (SELECT 1 FROM agency fa "
                + "WHERE fa.code = de.agency_code AND (fa.region_code = " + region + " OR fa.region_code LIKE " + below
                + "))))";
    }
}
