package id.netralitas.region;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads regions; the one place that resolves and checks region codes for every other feature. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    static final SortSpec SORT = SortSpec.of("code", "code", "code", "name", "level");

    @Inject
    RegionRepository regions;

    /** Filters of the region list; each is optional. */
    public record Filter(RegionLevel level, String parentCode, String q) {
    }

    public PageResponse<Region> list(Filter filter, PageParams page) {
        Where where = new Where()
                .andIfPresent("level = :level", "level", filter.level());
        if (filter.parentCode() != null) {
            where.and("parentCode = :parent", "parent", RegionCode.parse(filter.parentCode(), "parentCode").value());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("lower(name) like :q" + LikePattern.ESCAPE_CLAUSE, "q", LikePattern.contains(filter.q().trim()));
        }
        return page(where, page);
    }

    public Region get(String rawCode) {
        RegionCode code = RegionCode.parse(rawCode, "code");
        return regions.findByIdOptional(code.value())
                .orElseThrow(() -> ApiException.notFound("REGION_NOT_FOUND", code.value()));
    }

    public PageResponse<Region> children(String rawCode, PageParams page) {
        Region parent = get(rawCode);
        return page(new Where().and("parentCode = :parent", "parent", parent.code), page);
    }

    /**
     * The existing region for a code given in a request field; 400 when malformed, and 422
     * {@code REGION_UNKNOWN} when well-formed but not in the register.
     */
    public Region requireExisting(String rawCode, String field) {
        RegionCode code = RegionCode.parse(rawCode, field);
        return regions.findByIdOptional(code.value()).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of(field, "REGION_UNKNOWN", code.value())));
    }

    private PageResponse<Region> page(Where where, PageParams page) {
        PanacheQuery<Region> query = regions.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }
}
