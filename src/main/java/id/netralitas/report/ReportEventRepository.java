package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the case history (writing it and checking its chain are {@link ReportHistory}'s). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportEventRepository implements PanacheRepository<ReportEvent> {

    /** A page of a case's events, in chain order. */
    public PageResponse<ReportEvent> of(Report report, PageParams page) {
        PanacheQuery<ReportEvent> query = find("reportId", Sort.by("seq"), report.id).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }
}
