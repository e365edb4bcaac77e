package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads the case history (the writing and the chain check are {@link ReportHistory}'s). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportHistoryQueries implements PanacheRepository<ReportEvent> {

    @Inject
    ReportHistory history;

    @Inject
    ReportRepository reports;

    public PageResponse<ReportEvent> of(Report report, PageParams page) {
        PanacheQuery<ReportEvent> query = find("reportId", Sort.by("seq"), report.id).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    public ReportHistory.Verification verify() {
        return history.verify();
    }

    public String caseNumber(long reportId) {
        return reports.findByIdOptional(reportId).map(r -> r.caseNumber).orElse(null);
    }
}
