package id.netralitas.stats;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.persistence.Where;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.report.EscalationLevel;
import id.netralitas.report.ReportAccess;
import id.netralitas.report.TrackRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report and follow-up statistics, counted by the database (GROUP BY), never by loading entities.
 * Scope as for reading reports ({@link ReportAccess}): a ppk counts only reports naming an employee of
 * its agency and, where the grouping is per employee (agency, jabatan category, follow-up), only that
 * agency's employees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    /** A report's month received, in WIB (UTC+7 all year), as yyyymm. Same SQL on H2 and MySQL/MariaDB. */
    private static final String MONTH_WIB = "EXTRACT(YEAR FROM TIMESTAMPADD(HOUR, 7, r.received_at)) * 100 "
            + "+ EXTRACT(MONTH FROM TIMESTAMPADD(HOUR, 7, r.received_at))";

    @Inject
    EntityManager em;

    @Inject
    ElectionService elections;

    @Inject
    ReportAccess access;

    @Inject
    CalendarService calendar;

    @Inject
    PublicStatsConfig config;

    /** Reports per group for an officer, in the caller's scope. */
    public StatsDtos.ReportStats reports(String electionCode, ReportGrouping groupBy) {
        groupBy = groupBy == null ? ReportGrouping.status : groupBy;
        Optional<Election> election = election(electionCode);
        return countReports(election, groupBy, Optional.of(access));
    }

    /** Reports per group for the public, with small groups suppressed. */
    public StatsDtos.PublicStats publicReports(String electionCode, PublicGrouping groupBy) {
        groupBy = groupBy == null ? PublicGrouping.region : groupBy;
        Optional<Election> election = election(electionCode);
        StatsDtos.ReportStats counted = countReports(election, ReportGrouping.valueOf(groupBy.name()),
                Optional.empty());
        return Suppression.apply(counted, groupBy, config.minGroupSize());
    }

    int minimumGroupSize() {
        return config.minGroupSize();
    }

    private Optional<Election> election(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(elections.get(code));
    }

    /** Counts reports, within the caller's case scope when {@code scoped} is given (officers), else all (public). */
    private StatsDtos.ReportStats countReports(Optional<Election> election, ReportGrouping groupBy,
                                               Optional<ReportAccess> scoped) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        election.ifPresent(e -> {
            where.append(" AND r.election_id = :election");
            params.put("election", e.id);
        });
        Optional<String> agencyScope = scoped.flatMap(access -> access.readScope().agency());
        scoped.ifPresent(access -> where.append(access.restrictSql("r", params)));
        // Per-employee groupings count only the ppk's own employees.
        String employeeScope = agencyScope.isPresent() ? " AND a.code = :scopeAgency" : "";
        // A report has one status, region and month: those count its rows. Through the joined tables a
        // report can appear more than once in a group, so those count distinct reports.
        String sql = switch (groupBy) {
            case region -> perReport("SUBSTRING(r.incident_region_code, 1, 2)", where);
            case status -> perReport("r.status", where);
            case month -> perReport(MONTH_WIB, where);
            case violationType -> distinctReports("SELECT v.code AS k, r.id AS rid FROM report r "
                    + "JOIN report_violation_type v ON v.report_id = r.id" + where);
            case agency -> distinctReports("SELECT a.code AS k, r.id AS rid FROM report r JOIN report_employee e ON e.report_id = r.id "
                    + "LEFT JOIN agency a ON a.id = e.agency_id" + where + employeeScope);
            case jabatanCategory -> distinctReports("SELECT m.jabatan_category AS k, r.id AS rid FROM report r "
                    + "JOIN report_employee e ON e.report_id = r.id LEFT JOIN agency a ON a.id = e.agency_id "
                    + "LEFT JOIN employee m ON m.id = e.employee_id" + where + employeeScope);
        };
        Query grouped = em.createNativeQuery(sql);
        Query total = em.createNativeQuery("SELECT COUNT(*) FROM report r" + where);
        params.forEach((name, value) -> {
            grouped.setParameter(name, value);
            total.setParameter(name, value);
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : grouped.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(key(groupBy, cells[0]), ((Number) cells[1]).longValue());
        }
        Map<String, String> labels = labels(groupBy == ReportGrouping.agency, counts.keySet());
        List<StatsDtos.ReportGroup> groups = new ArrayList<>();
        counts.forEach((key, count) -> groups.add(new StatsDtos.ReportGroup(key, labels.get(key), count)));
        return new StatsDtos.ReportStats(election.map(e -> e.code).orElse(null), groupBy,
                ((Number) total.getSingleResult()).longValue(), groups);
    }

    private static String perReport(String key, CharSequence where) {
        return "SELECT " + key + ", COUNT(*) FROM report r" + where + " GROUP BY " + key + " ORDER BY 1";
    }

    private static String distinctReports(String rows) {
        return "SELECT t.k, COUNT(DISTINCT t.rid) FROM (" + rows + ") t GROUP BY t.k ORDER BY t.k";
    }

    private static String key(ReportGrouping groupBy, Object value) {
        if (value == null) {
            return null;
        }
        if (groupBy == ReportGrouping.month) {
            long yyyymm = ((Number) value).longValue();
            return String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
        }
        return value.toString();
    }

    /** Agency names for agency codes, or province names for province codes; other keys have no label. */
    private Map<String, String> labels(boolean agencies, Collection<String> keys) {
        Map<String, String> labels = new HashMap<>();
        List<String> codes = keys.stream().filter(k -> k != null).toList();
        if (codes.isEmpty()) {
            return labels;
        }
        String hql = agencies ? "select a.code, a.name from Agency a where a.code in :codes"
                : "select g.code, g.name from Region g where g.code in :codes";
        for (Object[] row : em.createQuery(hql, Object[].class).setParameter("codes", codes).getResultList()) {
            labels.put((String) row[0], (String) row[1]);
        }
        return labels;
    }

    /** PPK follow-up per agency or province, in the caller's scope. */
    public StatsDtos.FollowUpStats followUp(String electionCode, FollowUpGrouping groupBy) {
        groupBy = groupBy == null ? FollowUpGrouping.agency : groupBy;
        Optional<Election> election = election(electionCode);
        ReportAccess.Scope scope = access.readScope();
        LocalDate today = calendar.today();
        Where where = new Where().and("t.proven = true");
        election.ifPresent(e -> where.and("t.report.election.id = :election", "election", e.id));
        if (scope.agency().isPresent()) {
            where.and("a.code = :scope", "scope", scope.agency().get());
        } else {
            access.restrict(where, "t.report");
        }
        TrackRules.overdueParams(where, today).param("blocked", EscalationLevel.BLOKIR_DATA);
        String key = groupBy == FollowUpGrouping.agency ? "a.code" : "substring(a.regionCode, 1, 2)";
        String select = "select " + key + ", count(t), "
                + "sum(case when t.sanctionedAt is not null then 1 else 0 end), "
                + "sum(case when " + TrackRules.sanctionedWithinDeadline("t") + " then 1 else 0 end), "
                + "sum(case when " + TrackRules.overdue("t") + " then 1 else 0 end), "
                + "sum(case when t.escalationLevel = :blocked then 1 else 0 end) "
                + "from ReportTrack t join t.agency a where " + where.query() + " group by " + key + " order by " + key;
        var query = em.createQuery(select, Object[].class);
        where.params().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<String> keys = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, String> labels = labels(groupBy == FollowUpGrouping.agency, keys);
        List<StatsDtos.FollowUpFigures> groups = new ArrayList<>();
        long[] totals = new long[5];
        for (Object[] row : rows) {
            long[] n = new long[5];
            for (int i = 0; i < 5; i++) {
                n[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
                totals[i] += n[i];
            }
            groups.add(figures((String) row[0], labels.get((String) row[0]), n));
        }
        return new StatsDtos.FollowUpStats(election.map(e -> e.code).orElse(null), groupBy, today,
                figures(null, null, totals), groups);
    }

    private static StatsDtos.FollowUpFigures figures(String key, String label, long[] n) {
        Double rate = n[0] == 0 ? null
                : BigDecimal.valueOf(n[1]).divide(BigDecimal.valueOf(n[0]), 4, RoundingMode.HALF_UP).doubleValue();
        return new StatsDtos.FollowUpFigures(key, label, n[0], n[1], n[2], n[3], n[4], rate);
    }
}
