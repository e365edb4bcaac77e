package id.netralitas.agency;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.web.EntityTags;
import id.netralitas.region.Region;
import id.netralitas.region.RegionCode;
import id.netralitas.region.RegionLevel;
import id.netralitas.region.RegionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;

/** Agencies: reads for every signed-in role, writes for admins; the one place agency codes resolve. */
@ApplicationScoped
@Transactional
public class AgencyService {

    static final SortSpec SORT = SortSpec.of("code", "code", "code", "name", "type");

    @Inject
    AgencyRepository agencies;

    @Inject
    RegionService regions;

    /** Filters of the agency list; each is optional. {@code regionCode} includes the regions below it. */
    public record Filter(AgencyType type, String regionCode, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Agency> list(Filter filter, PageParams page) {
        Where where = new Where().andIfPresent("type = :type", "type", filter.type());
        if (filter.regionCode() != null) {
            RegionCode.parse(filter.regionCode(), "regionCode").within(where, "regionCode");
        }
        nameOrCodeContains(where, filter.q());
        PanacheQuery<Agency> query = agencies.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency get(String code) {
        return agencies.findByCode(normalize(code))
                .orElseThrow(() -> ApiException.notFound("AGENCY_NOT_FOUND", code));
    }

    /** The agency a request field refers to: 422 {@code AGENCY_UNKNOWN} when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency requireExisting(String code, String field) {
        return agencies.findByCode(normalize(code)).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of(field, "AGENCY_UNKNOWN", code)));
    }

    public Agency create(AgencyRequest request) {
        if (request.code() == null) {
            throw ApiException.invalidField("code", "NOT_NULL");
        }
        if (agencies.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("AGENCY_EXISTS", request.code());
        }
        Agency agency = new Agency();
        agency.code = request.code();
        apply(agency, request);
        agencies.persist(agency);
        agencies.flush();
        return agency;
    }

    public Agency update(String code, AgencyRequest request, String ifMatch) {
        Agency agency = get(code);
        EntityTags.requireMatch(ifMatch, agency.version);
        if (request.code() != null && !request.code().equals(agency.code)) {
            throw ApiException.invalidField("code", "AGENCY_CODE_IMMUTABLE", agency.code);
        }
        apply(agency, request);
        agencies.flush();
        return agency;
    }

    private void apply(Agency agency, AgencyRequest request) {
        String regionCode = null;
        if (request.regionCode() != null) {
            Region region = regions.requireExisting(request.regionCode(), "regionCode");
            Set<RegionLevel> allowed = switch (request.type()) {
                case PROVINSI -> Set.of(RegionLevel.PROVINSI);
                case KABUPATEN_KOTA -> Set.of(RegionLevel.KABUPATEN, RegionLevel.KOTA);
                case PUSAT -> Set.of(RegionLevel.values());
            };
            if (!allowed.contains(region.level)) {
                throw ApiException.invalidField("regionCode", "AGENCY_REGION_LEVEL", region.level, request.type());
            }
            regionCode = region.code;
        } else if (request.type() != AgencyType.PUSAT) {
            throw ApiException.invalidField("regionCode", "AGENCY_REGION_REQUIRED", request.type());
        }
        agency.name = request.name().trim();
        agency.type = request.type();
        agency.regionCode = regionCode;
        agency.ppkTitle = request.ppkTitle().trim();
    }

    /** Narrows {@code where} to rows whose name or code contains {@code q} in any case; nothing for no {@code q}. */
    static void nameOrCodeContains(Where where, String q) {
        if (q != null && !q.isBlank()) {
            where.and("(lower(name) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(code) like :q"
                    + LikePattern.ESCAPE_CLAUSE + ")", "q", LikePattern.contains(q.trim()));
        }
    }

    static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
