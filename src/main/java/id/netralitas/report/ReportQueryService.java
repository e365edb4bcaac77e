package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.ForwardScroll;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.web.Ids;
import id.netralitas.employee.Nip;
import id.netralitas.region.RegionCode;
import id.netralitas.regulation.CandidatePhase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads reports for officers, within the scope {@link ReportAccess} gives the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueryService {

    static final SortSpec SORT = SortSpec.of("-receivedAt", "r.id", "receivedAt=r.receivedAt", "caseNumber=r.caseNumber",
            "incidentDate=r.incidentDate");

    @Inject
    ReportRepository reports;

    @Inject
    ReportAccess access;

    @Inject
    ReportTrackRepository tracks;

    @Inject
    CalendarService calendar;

    /** Filters of the report list; each optional. */
    public record Filter(ReportStatus status, String electionCode, String regionCode, String agencyCode, String nip,
                         String violationType, ReportOrigin origin, ReportChannel channel, LocalDate receivedFrom,
                         LocalDate receivedTo, Boolean late, Boolean possibleDuplicate, CandidatePhase candidatePhase,
                         Boolean overdue, Lookup lookup) {
    }

    /**
     * Finding a case by what an officer holds: {@code q} matches the start of the case, register, forward
     * letter, recommendation letter and decree numbers and of the external id, or any part of the description
     * and of a reported person's name (any case); the others match exactly; {@code updatedSince} finds cases
     * whose report or a track changed since (for synchronising). Each optional.
     */
    public record Lookup(String q, String caseNumber, String source, String externalId, Instant updatedSince) {
    }

    /** Filters of the track list (PPK follow-up monitoring); each optional. */
    public record TrackFilter(TrackStatus status, String agencyCode, String electionCode, Boolean overdue,
                              EscalationLevel escalationLevel, String nip, String decreeNumber) {
    }

    static final SortSpec TRACK_SORT = SortSpec.of("deadlineDue", "t.id", "deadlineDue=t.deadlineDue",
            "recommendedAt=t.recommendedAt");

    public PageResponse<ReportTrack> listTracks(TrackFilter f, PageParams page) {
        Where where = new Where();
        ReportAccess.Scope scope = access.readScope();
        if (scope.agency().isPresent()) {
            if (f.agencyCode() != null && !scope.agency().get().equalsIgnoreCase(f.agencyCode().trim())) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", f.agencyCode());
            }
            where.and("t.agency.code = :agency", "agency", scope.agency().get());
        } else {
            access.restrict(where, "t.report");
        }
        if (scope.agency().isEmpty() && f.agencyCode() != null) {
            where.and("t.agency.code = :agency", "agency", f.agencyCode().trim().toUpperCase(Locale.ROOT));
        }
        where.andIfPresent("t.status = :status", "status", f.status())
                .andIfPresent("t.escalationLevel = :level", "level", f.escalationLevel());
        if (f.electionCode() != null) {
            where.and("t.report.election.code = :election", "election", f.electionCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.nip() != null) {
            where.and("t.nip = :nip", "nip", Nip.parse(f.nip(), "nip", LocalDate.now()).value());
        }
        if (f.decreeNumber() != null) {
            where.and("t.decreeNumber = :decree", "decree", f.decreeNumber().trim());
        }
        if (f.overdue() != null) {
            String overdueTrack = TrackRules.overdue("t");
            TrackRules.overdueParams(where.and(f.overdue() ? overdueTrack : "not " + overdueTrack), calendar.today());
        }
        PanacheQuery<ReportTrack> query = tracks.find("from ReportTrack t where " + where.query(),
                TRACK_SORT.parse(page.sort), where.params()).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    public Report get(String id) {
        Report report = find(id);
        access.requireRead(report);
        return report;
    }

    /** The report, without the read check: for paths that check access their own way. */
    public Report find(String id) {
        if (id == null || !Ids.isUuid(id)) {
            throw ApiException.notFound("REPORT_NOT_FOUND", id);
        }
        return reports.findByPublicId(id).orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", id));
    }

    public PageResponse<Report> list(Filter f, PageParams page) {
        Where where = where(f);
        PanacheQuery<Report> query = reports.find("from Report r where " + where.query(), SORT.parse(page.sort),
                where.params()).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** What an export reads: the list's filters, scope and sort, checked up front, without paging. */
    public record Export(String query, Sort sort, Map<String, Object> params) {
    }

    /** Checks an export's filters and the caller's scope, as {@link #list} does, before anything is sent. */
    public Export export(Filter f, String sort) {
        Where where = where(f);
        return new Export("from Report r where " + where.query(), SORT.parse(sort), where.params());
    }

    /** Every report of the export, in order, read through a forward-only cursor in constant memory. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public long forEach(Export export, ForwardScroll.Each<Report> each) throws IOException {
        return ForwardScroll.forEach(reports.find(export.query(), export.sort(), export.params()),
                reports.getEntityManager(), 200, each);
    }

    private Where where(Filter f) {
        Where where = access.restrict(new Where(), "r");
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
                    f.receivedFrom().atStartOfDay(CalendarService.ZONE).toInstant());
        }
        if (f.receivedTo() != null) {
            if (f.receivedFrom() != null && f.receivedTo().isBefore(f.receivedFrom())) {
                throw ApiException.invalidField("receivedTo", "DATE_ORDER", "receivedTo", "receivedFrom");
            }
            where.and("r.receivedAt < :to", "to",
                    f.receivedTo().plusDays(1).atStartOfDay(CalendarService.ZONE).toInstant());
        }
        lookup(where, f.lookup());
        if (f.overdue() != null) {
            String overdueCase = "((r.deadlineDue < :today and r.status not in :terminal) or exists (select 1 from "
                    + "ReportTrack o where o.report = r and " + TrackRules.overdue("o") + "))";
            TrackRules.overdueParams(where.and(f.overdue() ? overdueCase : "not " + overdueCase), calendar.today())
                    .param("terminal", ReportWorkflow.TERMINAL);
        }
        return where;
    }

    /**
     * {@code q}: the case has a number that starts with the whole text, or every word of the text starts a
     * word of its description or of a reported person's name ({@link SearchTerms}); a text that looks like a
     * number (digits, no spaces) is looked up as a number only. One subquery over
     * {@code report_search_term} gives the matching cases, so the database joins the few matches instead of
     * testing every case: a term that starts the whole text, or the first word's term on a case that also
     * has a term for each further word.
     */
    private static void search(Where where, String q) {
        String escape = LikePattern.ESCAPE_CLAUSE;
        String whole = SearchTerms.whole(q);
        List<String> words = SearchTerms.looksLikeNumber(q) ? List.of() : SearchTerms.words(q);
        boolean oneWord = words.size() == 1 && words.get(0).equals(whole);
        StringBuilder clause = new StringBuilder("r.id in (select t.reportId from ReportSearchTerm t where ");
        if (!oneWord) {
            clause.append("t.term like :qWhole").append(escape);
            where.param("qWhole", LikePattern.prefix(whole));
        }
        if (!words.isEmpty()) {
            clause.append(oneWord ? "(" : " or (").append("t.term like :q0").append(escape);
            where.param("q0", LikePattern.prefix(words.get(0)));
            for (int i = 1; i < words.size(); i++) {
                clause.append(" and t.reportId in (select t").append(i).append(".reportId from ReportSearchTerm t")
                        .append(i).append(" where t").append(i).append(".term like :q").append(i).append(escape)
                        .append(")");
                where.param("q" + i, LikePattern.prefix(words.get(i)));
            }
            clause.append(")");
        }
        where.and(clause.append(")").toString());
    }

    private static void lookup(Where where, Lookup l) {
        if (l.caseNumber() != null) {
            where.and("r.caseNumber = :caseNumber", "caseNumber", l.caseNumber().trim().toUpperCase(Locale.ROOT));
        }
        if (l.source() != null) {
            where.and("r.externalSource = :source", "source", l.source().trim());
        }
        if (l.externalId() != null) {
            where.and("r.externalId = :externalId", "externalId", l.externalId().trim());
        }
        if (l.updatedSince() != null) {
            where.and("(r.updatedAt >= :since or exists (select 1 from ReportTrack u where u.report = r "
                    + "and u.updatedAt >= :since))", "since", l.updatedSince());
        }
        if (l.q() != null && !l.q().isBlank()) {
            search(where, l.q());
        }
    }
}
