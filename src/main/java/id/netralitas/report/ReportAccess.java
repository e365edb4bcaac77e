package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Who may see which reports and which parts of them: the one rule every way report data leaves the
 * service goes through (single reads, lists, CSV, history, tracks, statistics; the change feed and
 * webhooks apply the same rule in SQL, see {@code event.FeedScope}). docs/security.md has the table.
 * <ul>
 * <li><b>Case scope.</b> {@code admin}: every case. {@code bawaslu}, {@code verifier} and {@code monitor}:
 * every case, or with a {@code region} claim the cases whose incident region, or the agency region of a
 * reported employee, lies inside that province or kabupaten/kota. {@code ppk}: the cases naming an
 * employee of its agency, and of those only its own agency's follow-up tracks. Out of scope is 404, as
 * if the case did not exist. Everyone else reads no case.</li>
 * <li><b>Reporter identity</b> (name, NIK, contact, the submitting principal): only the intake unit in
 * scope, {@code bawaslu} and {@code verifier} officers whose scope covers the case; a {@code confidential}
 * report narrows it to {@code bawaslu} officers covering the incident region. Never {@code admin},
 * {@code monitor}, {@code custodian}, {@code ppk} or {@code asn}: they ask a custodian
 * ({@link IdentityAccessService}).</li>
 * </ul>
 * Evidence files reach the intake roles as uploaded; every other role that reads a report gets them
 * stripped of metadata, or not at all ({@link #seesOriginalEvidence()}).
 */
@RequestScoped
public class ReportAccess {

    @Inject
    Caller caller;

    /** A caller's case scope: an agency (ppk), a region (regional officer), or neither (national). */
    public record Scope(Optional<String> agency, Optional<String> region) {

        static final Scope NATIONAL = new Scope(Optional.empty(), Optional.empty());

        public boolean national() {
            return agency.isEmpty() && region.isEmpty();
        }
    }

    /** The caller's case scope; a caller who reads no case at all is refused (403). */
    public Scope readScope() {
        if (caller.isAdmin()) {
            return Scope.NATIONAL;
        }
        if (caller.hasRole(Roles.BAWASLU) || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.MONITOR)) {
            return new Scope(Optional.empty(), caller.region());
        }
        if (caller.hasRole(Roles.PPK)) {
            return new Scope(Optional.of(caller.requireAgency()), Optional.empty());
        }
        throw ApiException.forbidden("FORBIDDEN");
    }

    /** Whether the caller reads cases at all (the ones in its {@linkplain #readScope() scope}). */
    public boolean readsCases() {
        try {
            readScope();
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    /** Whether the report is in the caller's case scope (false for callers who read no case). */
    public boolean inScope(Report report) {
        if (!readsCases()) {
            return false;
        }
        Scope scope = readScope();
        if (scope.agency().isPresent()) {
            return report.employees.stream().anyMatch(e -> e.agency != null
                    && e.agency.code.equalsIgnoreCase(scope.agency().get()));
        }
        return scope.region().isEmpty() || regionCovers(scope.region().get(), report);
    }

    /** Reads of a case out of scope are 404, as if it did not exist. */
    public void requireRead(Report report) {
        if (!inScope(report)) {
            readScope(); // a caller who reads no case at all gets 403, not 404
            throw ApiException.notFound("REPORT_NOT_FOUND", report.publicId);
        }
    }

    /** Whether a follow-up track may be shown: a ppk sees only its own agency's tracks. */
    public boolean seesTrack(ReportTrack track) {
        Optional<String> agency = readScope().agency();
        return agency.isEmpty() || track.agency.code.equalsIgnoreCase(agency.get());
    }

    /** Whether the caller may see who reported this case (see the class comment). */
    public boolean seesReporter(Report report) {
        boolean bawaslu = caller.hasRole(Roles.BAWASLU);
        if (report.confidential) {
            return bawaslu && caller.region().map(region -> within(report.incidentRegionCode, region)).orElse(true);
        }
        return (bawaslu || caller.hasRole(Roles.VERIFIER))
                && caller.region().map(region -> regionCovers(region, report)).orElse(true);
    }

    /** Restricts a JPQL query over {@code Report} (alias {@code r}) to the caller's case scope. */
    public Where restrict(Where where, String report) {
        Scope scope = readScope();
        scope.agency().ifPresent(agency -> where.and("exists (select 1 from ReportEmployee sa where sa.report = " + report
                + " and sa.agency.code = :scopeAgency)", "scopeAgency", agency));
        scope.region().ifPresent(region -> where.and("(" + report + ".incidentRegionCode = :scopeRegion or " + report
                        + ".incidentRegionCode like :scopeRegionBelow or exists (select 1 from ReportEmployee sr where "
                        + "sr.report = " + report + " and (sr.agency.regionCode = :scopeRegion "
                        + "or sr.agency.regionCode like :scopeRegionBelow)))", "scopeRegion", region)
                .param("scopeRegionBelow", region + ".%"));
        return where;
    }

    /**
     * The same restriction for native SQL over table {@code report} (alias given): a condition starting
     * with {@code " AND"}, or empty, and its parameters added to {@code params}.
     */
    public String restrictSql(String report, Map<String, Object> params) {
        Scope scope = readScope();
        StringBuilder sql = new StringBuilder();
        scope.agency().ifPresent(agency -> {
            sql.append(" AND EXISTS (SELECT 1 FROM report_employee sa JOIN agency saa ON saa.id = sa.agency_id "
                    + "WHERE sa.report_id = ").append(report).append(".id AND saa.code = :scopeAgency)");
            params.put("scopeAgency", agency);
        });
        scope.region().ifPresent(region -> {
            sql.append(" AND (").append(report).append(".incident_region_code = :scopeRegion OR ").append(report)
                    .append(".incident_region_code LIKE :scopeRegionBelow OR EXISTS (SELECT 1 FROM report_employee sr "
                            + "JOIN agency sra ON sra.id = sr.agency_id WHERE sr.report_id = ").append(report)
                    .append(".id AND (sra.region_code = :scopeRegion OR sra.region_code LIKE :scopeRegionBelow)))");
            params.put("scopeRegion", region);
            params.put("scopeRegionBelow", region + ".%");
        });
        return sql.toString();
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

    /** A case lies in a region when its incident region or a reported employee's agency region does. */
    static boolean regionCovers(String region, Report report) {
        return within(report.incidentRegionCode, region) || report.employees.stream()
                .anyMatch(e -> e.agency != null && within(e.agency.regionCode, region));
    }

    /** {@code code} is {@code region} or a region below it ({@code 74.71} and {@code 74.71.05} lie in {@code 74}). */
    static boolean within(String code, String region) {
        return code != null && (code.equals(region) || code.startsWith(region + "."));
    }
}
