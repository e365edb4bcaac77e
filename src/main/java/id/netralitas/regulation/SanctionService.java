package id.netralitas.regulation;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import id.netralitas.employee.EmployeeType;
import id.netralitas.event.DomainEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.PostConstruct;
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
public class SanctionService implements CatalogueService<Sanction, SanctionDtos.SanctionRequest> {

    static final SortSpec SORT = SortSpec.of("code", "id", "code", "validFrom");

    @Inject
    SanctionRepository repository;

    @Inject
    LegalReferenceResolver resolver;

    @Inject
    CalendarService calendar;

    private CatalogueVersions<Sanction> versions;

    @Inject
    DomainEvents events;

    @PostConstruct
    void init() {
        versions = new CatalogueVersions<>(repository, "SANCTION_NOT_FOUND", "sanctions", events);
    }

    /** Filters of the list; {@code validOn} is always set (today by default). */
    public record Filter(SanctionLevel level, EmployeeType employeeType, LocalDate validOn, String q) {
    }

    public PageResponse<Sanction> list(Filter filter, PageParams page) {
        Where where = new Where()
                .and("validFrom <= :on and (validTo is null or validTo >= :on)", "on", filter.validOn())
                .andIfPresent("level = :level", "level", filter.level())
                .andIfPresent(":employeeType member of employeeTypes", "employeeType", filter.employeeType());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("(lower(descriptionId) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(descriptionEn) like :q"
                    + LikePattern.ESCAPE_CLAUSE + " or lower(code) like :q" + LikePattern.ESCAPE_CLAUSE + ")",
                    "q", LikePattern.contains(filter.q().trim()));
        }
        PanacheQuery<Sanction> query = repository.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    public Sanction get(String rawCode, Integer version, LocalDate validOn) {
        return versions.select(CatalogueVersions.parseCode(rawCode, "code"), version,
                validOn == null ? calendar.today() : validOn);
    }

    public List<Sanction> history(String rawCode) {
        return versions.history(CatalogueVersions.parseCode(rawCode, "code"));
    }

    /**
     * The sanctions of the given levels valid on {@code date} for {@code employeeType}, lightest level
     * first, then by code. For the sanction suggestion and other features.
     */
    public List<Sanction> validOn(Collection<SanctionLevel> levels, LocalDate date, EmployeeType employeeType) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Sanction> found = new ArrayList<>(repository.list(
                "level in ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) and ?3 member of employeeTypes",
                levels, date, employeeType));
        found.sort(Comparator.<Sanction>comparingInt(s -> s.level.ordinal()).thenComparing(s -> s.code));
        return found;
    }

    @Transactional
    public Sanction create(SanctionDtos.SanctionRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        Sanction entry = build(request);
        entry.code = CatalogueVersions.parseCode(request.code(), "code");
        return versions.create(entry);
    }

    @Transactional
    public Sanction change(String rawCode, String ifMatch, SanctionDtos.SanctionRequest request) {
        String code = CatalogueVersions.parseCode(rawCode, "code");
        if (!versions.exists(code)) {
            throw ApiException.notFound("SANCTION_NOT_FOUND", code);
        }
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", code);
        }
        return versions.supersede(code, ifMatch, build(request));
    }

    private Sanction build(SanctionDtos.SanctionRequest request) {
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
