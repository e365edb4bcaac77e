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
import id.netralitas.event.DomainEvents;
import id.netralitas.regulation.CandidatePhase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The violation-type catalogue: versioned, read by everyone, changed by admins through successors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ViolationTypeService implements CatalogueService<ViolationType, ViolationTypeDtos.ViolationTypeRequest> {

    static final SortSpec SORT = SortSpec.of("code", "id", "code", "category", "validFrom");

    @Inject
    ViolationTypeRepository repository;

    @Inject
    RegulationRepository regulations;

    @Inject
    LegalReferenceResolver resolver;

    @Inject
    CalendarService calendar;

    private CatalogueVersions<ViolationType> versions;

    @Inject
    DomainEvents events;

    @PostConstruct
    void init() {
        versions = new CatalogueVersions<>(repository, "VIOLATION_TYPE_NOT_FOUND", "violation-types", events);
    }

    /** Filters of the list; {@code validOn} is always set (today by default). */
    public record Filter(ViolationCategory category, CandidatePhase phase, LocalDate validOn, String q) {
    }

    public PageResponse<ViolationType> list(Filter filter, PageParams page) {
        Where where = new Where()
                .and("validFrom <= :on and (validTo is null or validTo >= :on)", "on", filter.validOn())
                .andIfPresent("category = :category", "category", filter.category())
                .andIfPresent(":phase member of candidatePhases", "phase", filter.phase());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("(lower(descriptionId) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(descriptionEn) like :q"
                    + LikePattern.ESCAPE_CLAUSE + " or lower(code) like :q" + LikePattern.ESCAPE_CLAUSE + ")",
                    "q", LikePattern.contains(filter.q().trim()));
        }
        PanacheQuery<ViolationType> query = repository.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** For a GET: the given version, or the version valid on the date (today when absent). */
    public ViolationType get(String rawCode, Integer version, LocalDate validOn) {
        return versions.select(CatalogueVersions.parseCode(rawCode, "code"), version,
                validOn == null ? calendar.today() : validOn);
    }

    public List<ViolationType> history(String rawCode) {
        return versions.history(CatalogueVersions.parseCode(rawCode, "code"));
    }

    /** The version of {@code code} valid on {@code date}, if the code has one then. For other features. */
    public Optional<ViolationType> findValidOn(String code, LocalDate date) {
        return versions.findValidOn(code, date);
    }

    public boolean exists(String code) {
        return versions.exists(code);
    }

    @Transactional
    public ViolationType create(ViolationTypeDtos.ViolationTypeRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        ViolationType entry = build(request);
        entry.code = CatalogueVersions.parseCode(request.code(), "code");
        return versions.create(entry);
    }

    @Transactional
    public ViolationType change(String rawCode, String ifMatch, ViolationTypeDtos.ViolationTypeRequest request) {
        String code = CatalogueVersions.parseCode(rawCode, "code");
        if (!versions.exists(code)) {
            throw ApiException.notFound("VIOLATION_TYPE_NOT_FOUND", code);
        }
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", code);
        }
        return versions.supersede(code, ifMatch, build(request));
    }

    private ViolationType build(ViolationTypeDtos.ViolationTypeRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            problems.add(FieldViolation.of("validTo", "DATE_ORDER", "validTo", "validFrom"));
        }
        if (request.defaultSanctionLevel() != null && !request.allowedSanctionLevels().contains(request.defaultSanctionLevel())) {
            problems.add(FieldViolation.of("defaultSanctionLevel", "DEFAULT_LEVEL_NOT_ALLOWED", request.defaultSanctionLevel()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(problems);
        }
        ViolationType entry = new ViolationType();
        entry.category = request.category();
        entry.descriptionId = request.descriptionId().trim();
        entry.descriptionEn = request.descriptionEn().trim();
        entry.candidatePhases = EnumSet.copyOf(request.candidatePhases());
        entry.defaultSanctionLevel = request.defaultSanctionLevel();
        entry.allowedSanctionLevels = request.allowedSanctionLevels().isEmpty() ? EnumSet.noneOf(SanctionLevel.class)
                : EnumSet.copyOf(request.allowedSanctionLevels());
        entry.legalBasis = new ArrayList<>(resolver.resolveAll(request.legalBasis(), "legalBasis"));
        entry.sourceRegulation = regulations.findByCode(request.sourceRegulationCode())
                .orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED").violation(
                        FieldViolation.of("sourceRegulationCode", "REGULATION_UNKNOWN", request.sourceRegulationCode())));
        entry.validFrom = request.validFrom();
        entry.validTo = request.validTo();
        entry.note = Text.blankToNull(request.note());
        return entry;
    }
}
