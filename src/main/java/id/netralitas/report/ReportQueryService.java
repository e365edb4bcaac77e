package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.election.CandidatePhase;
import id.netralitas.employee.Nip;
import id.netralitas.region.RegionCode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads reports for officers, within the scope {@link ReportAccess} gives the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueryService {

    static final SortSpec SORT = SortSpec.of("-receivedAt", "r.id", "receivedAt=r.receivedAt", "caseNumber=r.caseNumber",
            "incidentDate=r.incidentDate");
    private static final Pattern UUID_FORM = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    @Inject
    ReportRepository reports;

    @Inject
    ReportAccess access;

    /** Filters of the report list; each optional. */
    public record Filter(ReportStatus status, String electionCode, String regionCode, String agencyCode, String nip,
                         String violationType, ReportOrigin origin, ReportChannel channel, LocalDate receivedFrom,
                         LocalDate receivedTo, Boolean late, Boolean possibleDuplicate, CandidatePhase candidatePhase) {
    }

    public Report get(String id) {
        Report report = find(id);
        access.requireRead(report);
        return report;
    }

    /** The report, without the read check: for paths that check access their own way. */
    public Report find(String id) {
        if (id == null || !UUID_FORM.matcher(id).matches()) {
            throw ApiException.notFound("REPORT_NOT_FOUND", id);
        }
        return reports.findByPublicId(id).orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", id));
    }

    public PageResponse<Report> list(Filter f, PageParams page) {
        Where where = new Where();
        Optional<String> scope = access.readScope();
        scope.ifPresent(agency -> where.and("exists (select 1 from ReportEmployee s where s.report = r "
                + "and s.agency.code = :scopeAgency)", "scopeAgency", agency));
        where.andIfPresent("r.status = :status", "status", f.status())
                .andIfPresent("r.origin = :origin", "origin", f.origin())
                .andIfPresent("r.channel = :channel", "channel", f.channel())
                .andIfPresent("r.lateReport = :late", "late", f.late())
                .andIfPresent("r.possibleDuplicate = :dup", "dup", f.possibleDuplicate())
                .andIfPresent("r.candidatePhase = :phase", "phase", f.candidatePhase());
        if (f.electionCode() != null) {
            where.and("r.election.code = :election", "election", f.electionCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.regionCode() != null) {
            RegionCode.parse(f.regionCode(), "regionCode").within(where, "r.incidentRegionCode");
        }
        if (f.agencyCode() != null) {
            where.and("exists (select 1 from ReportEmployee a where a.report = r and a.agency.code = :agency)", "agency",
                    f.agencyCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.nip() != null) {
            where.and("exists (select 1 from ReportEmployee n where n.report = r and n.nip = :nip)", "nip",
                    Nip.parse(f.nip(), "nip", LocalDate.now()).value());
        }
        if (f.violationType() != null) {
            where.and("exists (select 1 from ReportViolationType v where v.report = r and v.code = :type)", "type",
                    f.violationType().trim().toUpperCase(Locale.ROOT));
        }
        if (f.receivedFrom() != null) {
            where.and("r.receivedAt >= :from", "from",
                    f.receivedFrom().atStartOfDay(id.netralitas.common.calendar.CalendarService.ZONE).toInstant());
        }
        if (f.receivedTo() != null) {
            if (f.receivedFrom() != null && f.receivedTo().isBefore(f.receivedFrom())) {
                throw ApiException.invalidField("receivedTo", "DATE_ORDER", "receivedTo", "receivedFrom");
            }
            where.and("r.receivedAt < :to", "to",
                    f.receivedTo().plusDays(1).atStartOfDay(id.netralitas.common.calendar.CalendarService.ZONE).toInstant());
        }
        PanacheQuery<Report> query = reports.find("from Report r where " + where.query(), SORT.parse(page.sort),
                where.params()).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }
}
