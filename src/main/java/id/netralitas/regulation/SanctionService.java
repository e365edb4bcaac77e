package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import id.netralitas.employee.EmployeeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** The sanction catalogue: versioned, read by everyone, changed by admins through successors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SanctionService extends CatalogueService<Sanction, SanctionDtos.SanctionRequest> {

    static final SortSpec SORT = SortSpec.of("code", "id", "code", "validFrom");

    @Inject
    public SanctionService(SanctionRepository repository) {
        super(repository, "SANCTION_NOT_FOUND", "sanctions");
    }

    /** Filters of the list; {@code validOn} is always set (today by default). */
    public record Filter(SanctionLevel level, EmployeeType employeeType, LocalDate validOn, String q) {
    }

    public PageResponse<Sanction> list(Filter filter, PageParams page) {
        Where where = describedBy(new Where(), filter.q())
                .andIfPresent("level = :level", "level", filter.level())
                .andIfPresent(":employeeType member of employeeTypes", "employeeType", filter.employeeType());
        return page(where, filter.validOn(), SORT, page);
    }

    /**
     * The sanctions of the given levels valid on {@code date} for {@code employeeType}, lightest level
     * first, then by code. For the sanction suggestion and other features.
     */
    public List<Sanction> validOn(Collection<SanctionLevel> levels, LocalDate date, EmployeeType employeeType) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Sanction> found = new ArrayList<>(repository().list(
                "level in ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) and ?3 member of employeeTypes",
                levels, date, employeeType));
        found.sort(Comparator.<Sanction>comparingInt(s -> s.level.ordinal()).thenComparing(s -> s.code));
        return found;
    }

    @Override
    protected Sanction build(SanctionDtos.SanctionRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("validTo", "DATE_ORDER", "validTo", "validFrom"));
        }
        Sanction entry = new Sanction();
        entry.level = request.level();
        entry.descriptionId = request.descriptionId().trim();
        entry.descriptionEn = request.descriptionEn().trim();
        entry.durationMonths = request.durationMonths();
        entry.employeeTypes = EnumSet.copyOf(request.employeeTypes());
        entry.legalBasis = new ArrayList<>(resolver.resolveAll(request.legalBasis(), "legalBasis"));
        entry.validFrom = request.validFrom();
        entry.validTo = request.validTo();
        entry.note = Text.blankToNull(request.note());
        return entry;
    }
}
