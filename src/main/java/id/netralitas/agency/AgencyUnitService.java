package id.netralitas.agency;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.Caller;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.Tagged;
import id.netralitas.region.Region;
import id.netralitas.region.RegionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The units of an agency as a tree: read by every signed-in role, written by an admin or the agency's
 * own ppk (its BKD/BKPSDM). A unit's parent is a unit of the same agency; a move carries its subtree,
 * never under itself, and no deeper than {@link #MAX_DEPTH} levels.
 */
@ApplicationScoped
@Transactional
public class AgencyUnitService {

    /** Levels of units below an agency (0 to 7): ministry, directorate, ... or OPD, bidang, seksi, UPT, school. */
    static final int MAX_DEPTH = 8;

    static final SortSpec SORT = SortSpec.of("path", "id", "path", "code", "name", "kind");

    @Inject
    AgencyService agencies;

    @Inject
    AgencyUnitRepository units;

    @Inject
    RegionService regions;

    @Inject
    Caller caller;

    /** Filters of the unit list; each is optional. {@code under} is a unit whose subtree is listed (itself included). */
    public record Filter(String under, UnitKind kind, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AgencyUnitDtos.UnitResponse> list(String agencyCode, Filter filter, PageParams page) {
        Agency agency = agencies.get(agencyCode);
        Where where = new Where().and("agency = :agency", "agency", agency)
                .andIfPresent("kind = :kind", "kind", filter.kind());
        if (filter.under() != null) {
            where.and("path like :under", "under", get(agency, filter.under()).path + "%");
        }
        AgencyService.nameOrCodeContains(where, filter.q());
        PanacheQuery<AgencyUnit> query = units.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list().stream().map(AgencyUnitDtos.UnitResponse::of).toList(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<AgencyUnitDtos.UnitResponse> get(String agencyCode, String unitCode) {
        return tagged(get(agencies.get(agencyCode), unitCode));
    }

    public Tagged<AgencyUnitDtos.UnitResponse> create(String agencyCode, AgencyUnitDtos.UnitRequest request) {
        Agency agency = writable(agencyCode);
        if (request.code() == null) {
            throw ApiException.invalidField("code", "NOT_NULL");
        }
        if (units.findByCode(agency, request.code()).isPresent()) {
            throw ApiException.conflict("UNIT_EXISTS", request.code(), agency.code);
        }
        AgencyUnit unit = new AgencyUnit();
        unit.agency = agency;
        unit.code = request.code();
        apply(unit, request);
        place(unit, parent(agency, request.parentCode()), 0);
        try {
            units.persist(unit);
            units.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw ApiException.conflict("UNIT_EXISTS", request.code(), agency.code);
            }
            throw e;
        }
        return tagged(unit);
    }

    /** Replaces the unit's name, kind, region and parent; a new parent moves its subtree along. */
    public Tagged<AgencyUnitDtos.UnitResponse> update(String agencyCode, String unitCode, AgencyUnitDtos.UnitRequest request,
                                                     String ifMatch) {
        Agency agency = writable(agencyCode);
        AgencyUnit unit = get(agency, unitCode);
        EntityTags.requireMatch(ifMatch, unit.version);
        if (request.code() != null && !request.code().equals(unit.code)) {
            throw ApiException.invalidField("code", "UNIT_CODE_IMMUTABLE", unit.code);
        }
        apply(unit, request);
        AgencyUnit parent = parent(agency, request.parentCode());
        if (parent != unit.parent) {
            if (parent != null && parent.path.startsWith(unit.path)) {
                throw ApiException.invalidField("parentCode", "UNIT_CYCLE", parent.code, unit.code);
            }
            List<AgencyUnit> subtree = units.below(unit);
            int height = subtree.stream().mapToInt(u -> u.depth - unit.depth).max().orElse(0);
            String oldPath = unit.path;
            int oldDepth = unit.depth;
            place(unit, parent, height);
            for (AgencyUnit below : subtree) {
                below.path = unit.path + below.path.substring(oldPath.length());
                below.depth = unit.depth + below.depth - oldDepth;
            }
        }
        units.flush();
        return tagged(unit);
    }

    private static Tagged<AgencyUnitDtos.UnitResponse> tagged(AgencyUnit unit) {
        return new Tagged<>(AgencyUnitDtos.UnitResponse.of(unit), unit.version);
    }

    private AgencyUnit get(Agency agency, String unitCode) {
        return units.findByCode(agency, normalize(unitCode))
                .orElseThrow(() -> ApiException.notFound("UNIT_NOT_FOUND", unitCode, agency.code));
    }

    /** The agency, if the caller may write its units: an admin, or the agency's own ppk (403 otherwise). */
    private Agency writable(String agencyCode) {
        Agency agency = agencies.get(agencyCode);
        if (!caller.isAdmin() && !caller.agencyCode().map(agency.code::equalsIgnoreCase).orElse(false)) {
            throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", agency.code);
        }
        return agency;
    }

    private AgencyUnit parent(Agency agency, String parentCode) {
        return parentCode == null ? null : units.findByCode(agency, parentCode)
                .orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                        .violation(FieldViolation.of("parentCode", "UNIT_UNKNOWN", parentCode, agency.code)));
    }

    /** Puts the unit under its parent: path and depth, refusing a tree deeper than allowed (with its subtree's height). */
    private static void place(AgencyUnit unit, AgencyUnit parent, int height) {
        int depth = parent == null ? 0 : parent.depth + 1;
        if (depth + height >= MAX_DEPTH) {
            throw ApiException.invalidField("parentCode", "UNIT_TOO_DEEP", MAX_DEPTH);
        }
        unit.parent = parent;
        unit.depth = depth;
        unit.path = (parent == null ? "/" : parent.path) + unit.code + "/";
    }

    /** Name, kind and region; a regional agency's unit lies in the agency's region. */
    private void apply(AgencyUnit unit, AgencyUnitDtos.UnitRequest request) {
        String regionCode = null;
        if (request.regionCode() != null) {
            Region region = regions.requireExisting(request.regionCode(), "regionCode");
            String within = unit.agency.regionCode;
            if (within != null && !region.code.equals(within) && !region.code.startsWith(within + ".")) {
                throw ApiException.invalidField("regionCode", "REGION_OUTSIDE_AGENCY", region.code, unit.agency.code, within);
            }
            regionCode = region.code;
        }
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.regionCode = regionCode;
    }

    static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
