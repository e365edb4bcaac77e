package id.netralitas.pact;

import id.netralitas.common.error.ApiException;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionScope;
import id.netralitas.election.ElectionService;
import id.netralitas.region.RegionCode;
import id.netralitas.pact.api.CoverageGroup;
import id.netralitas.pact.api.CoverageResponse;
import id.netralitas.region.RegionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Coverage of an election's pact: active employees against valid individual signatures, in total and
 * per region or agency. It reads two small derived tables, never the register: {@code employee_headcount}
 * (active employees per agency and region, kept by every register writer) and {@code pact_signature_count}
 * (valid signatures per election, agency and region, kept by signing and revoking), both in the writers'
 * transactions, so the figures agree with the register and the signatures at query time. Only agencies
 * that take part in the election count. A region includes the regions below it; signatures count where
 * the signer's agency and region were at signing.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PactCoverageService {

    @Inject
    EntityManager em;

    @Inject
    ElectionService elections;

    @Inject
    RegionService regions;

    private record AgencyInfo(String code, String name, String regionCode) {
    }

    private static final class Sum {
        long active;
        long signed;
    }

    public CoverageResponse coverage(String electionCode, String groupBy, String regionCode) {
        requireGroupBy(groupBy);
        Election election = elections.get(electionCode);
        String group = groupBy == null ? "region" : groupBy;
        RegionCode within = null;
        if (regionCode != null) {
            within = RegionCode.parse(regionCode, "regionCode");
            regions.requireExisting(within.value(), "regionCode");
        }
        Set<String> participating = participatingRegions(election);
        Map<Long, AgencyInfo> agencies = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT id, code, name, region_code FROM agency").getResultList()) {
            Object[] row = (Object[]) o;
            AgencyInfo info = new AgencyInfo((String) row[1], (String) row[2], (String) row[3]);
            if (takesPart(election, participating, info)) {
                agencies.put(((Number) row[0]).longValue(), info);
            }
        }
        String filter = within == null ? "" : " AND (region_code = :region OR region_code LIKE :below)";
        Map<String, Sum> groups = new TreeMap<>();
        Sum total = new Sum();
        var heads = em.createNativeQuery("SELECT agency_id, region_code, active_count FROM employee_headcount "
                + "WHERE active_count <> 0" + filter);
        var signed = em.createNativeQuery("SELECT agency_id, region_code, signed_count FROM pact_signature_count "
                + "WHERE election_id = :election AND signed_count <> 0" + filter).setParameter("election", election.id);
        if (within != null) {
            heads.setParameter("region", within.value()).setParameter("below", within.descendantsPattern());
            signed.setParameter("region", within.value()).setParameter("below", within.descendantsPattern());
        }
        accumulate(heads.getResultList(), agencies, group, within, groups, total, true);
        accumulate(signed.getResultList(), agencies, group, within, groups, total, false);
        Map<String, String> names = "agency".equals(group) ? agencyNames(agencies) : regionNames(groups.keySet());
        List<CoverageGroup> answer = new ArrayList<>(groups.size());
        groups.forEach((code, sum) -> answer.add(figures(code, names.get(code), sum)));
        return new CoverageResponse(election.code, group, within == null ? null : within.value(),
                figures(null, null, total), answer);
    }

    private static void accumulate(List<?> rows, Map<Long, AgencyInfo> agencies, String group, RegionCode within,
                                   Map<String, Sum> groups, Sum total, boolean active) {
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            AgencyInfo agency = agencies.get(((Number) row[0]).longValue());
            if (agency == null) {
                continue;
            }
            long n = ((Number) row[2]).longValue();
            String key = "agency".equals(group) ? agency.code() : regionGroup((String) row[1], within);
            Sum sum = groups.computeIfAbsent(key, k -> new Sum());
            if (active) {
                sum.active += n;
                total.active += n;
            } else {
                sum.signed += n;
                total.signed += n;
            }
        }
    }

    /** The region one level below {@code within} (a province without it) that contains {@code code}. */
    static String regionGroup(String code, RegionCode within) {
        String[] parts = code.split("\\.");
        int depth = within == null ? 1 : Math.min(within.depth() + 1, parts.length);
        return String.join(".", Arrays.copyOf(parts, depth));
    }

    private boolean takesPart(Election election, Set<String> participating, AgencyInfo agency) {
        if (election.scope == ElectionScope.NATIONAL) {
            return true;
        }
        if (agency.regionCode() == null) {
            return false;
        }
        String code = agency.regionCode();
        while (true) {
            if (participating.contains(code)) {
                return true;
            }
            int dot = code.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            code = code.substring(0, dot);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> participatingRegions(Election election) {
        if (election.scope == ElectionScope.NATIONAL) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery("SELECT region_code FROM election_region WHERE election_id = :e")
                .setParameter("e", election.id).getResultList());
    }

    private static Map<String, String> agencyNames(Map<Long, AgencyInfo> agencies) {
        Map<String, String> names = new HashMap<>();
        agencies.values().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    private Map<String, String> regionNames(Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Object o : em.createNativeQuery("SELECT code, name FROM region WHERE code IN (:codes)")
                    .setParameter("codes", codes).getResultList()) {
                Object[] row = (Object[]) o;
                names.put((String) row[0], (String) row[1]);
            }
        }
        return names;
    }

    private static CoverageGroup figures(String code, String name, Sum sum) {
        double percentage = sum.active == 0 ? 0 : BigDecimal.valueOf(sum.signed * 100L)
                .divide(BigDecimal.valueOf(sum.active), 2, RoundingMode.HALF_UP).doubleValue();
        return new CoverageGroup(code, name, sum.active, sum.signed, percentage);
    }

    private static void requireGroupBy(String groupBy) {
        if (groupBy != null && !"region".equals(groupBy) && !"agency".equals(groupBy)) {
            throw ApiException.invalidField("groupBy", "INVALID_ENUM_VALUE", groupBy, "region, agency");
        }
    }
}
