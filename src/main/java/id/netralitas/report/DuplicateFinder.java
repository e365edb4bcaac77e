package id.netralitas.report;

import id.netralitas.common.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Flags likely duplicates, for a person to decide on (MARK_DUPLICATE): at intake, earlier reports of
 * the same election naming one of the same NIPs with an overlapping violation type and an incident
 * within {@link DuplicateConfig#duplicateWindowDays()} days; when evidence is added, other
 * reports holding a file with the same SHA-256 or the same link.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DuplicateFinder {

    @Inject
    DuplicateCandidateRepository candidates;

    @Inject
    ReportRepository reports;

    @Inject
    ReportAccess access;

    @Inject
    DuplicateConfig config;

    public void atIntake(Report report) {
        List<String> nips = report.employees.stream().map(e -> e.nip).filter(Objects::nonNull).toList();
        if (nips.isEmpty()) {
            return;
        }
        List<String> codes = report.violationTypes.stream().map(v -> v.code).toList();
        List<Report> alike = reports.find("select distinct r from Report r join r.employees e join r.violationTypes v "
                        + "where r.election = ?1 and r.id <> ?2 and e.nip in ?3 and v.code in ?4 "
                        + "and r.incidentDate between ?5 and ?6",
                report.election, report.id, nips, codes, report.incidentDate.minusDays(config.duplicateWindowDays()),
                report.incidentDate.plusDays(config.duplicateWindowDays())).list();
        alike.forEach(other -> link(report, other, DuplicateCandidate.Reason.SAME_EMPLOYEE_AND_TYPE));
    }

    public void atEvidence(Report report, String sha256, String urlSha256) {
        if (sha256 != null) {
            reports.find("select distinct e.report from ReportEvidence e where e.sha256 = ?1 and e.report <> ?2",
                    sha256, report).list().forEach(other -> link(report, other, DuplicateCandidate.Reason.SAME_EVIDENCE));
        }
        if (urlSha256 != null) {
            reports.find("select distinct e.report from ReportEvidence e where e.urlSha256 = ?1 and e.report <> ?2",
                    urlSha256, report).list().forEach(other -> link(report, other, DuplicateCandidate.Reason.SAME_LINK));
        }
    }

    /** The candidates of a report, oldest case first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateCandidate> of(Report report) {
        return candidates.find("report = ?1 order by other.receivedAt, reason", report).list();
    }

    /**
     * The candidates of each report whose other case lies in the caller's scope, oldest case first,
     * by report id, in one query; none for a caller who reads no case.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<DuplicateCandidate>> inScopeOf(Collection<Report> of) {
        if (of.isEmpty() || !access.readsCases()) {
            return Map.of();
        }
        Where where = access.restrict(new Where().and("d.report.id in :reports", "reports",
                of.stream().map(r -> r.id).toList()), "o");
        return candidates.find("select d from DuplicateCandidate d join fetch d.other o where " + where.query()
                        + " order by o.receivedAt, d.reason", where.params()).list().stream()
                .collect(Collectors.groupingBy(d -> d.report.id, LinkedHashMap::new, Collectors.toList()));
    }

    private void link(Report report, Report other, DuplicateCandidate.Reason reason) {
        DuplicateCandidate.Key key = new DuplicateCandidate.Key();
        key.report = report.id;
        key.other = other.id;
        key.reason = reason;
        if (candidates.findByIdOptional(key).isPresent()) {
            return;
        }
        DuplicateCandidate candidate = new DuplicateCandidate();
        candidate.report = report;
        candidate.other = other;
        candidate.reason = reason;
        candidate.foundAt = Instant.now();
        candidates.persist(candidate);
        report.possibleDuplicate = true;
    }
}
