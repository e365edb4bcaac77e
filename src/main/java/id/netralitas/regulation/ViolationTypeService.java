package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import id.netralitas.regulation.CandidatePhase;
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
public class ViolationTypeService extends CatalogueService<ViolationType, ViolationTypeDtos.ViolationTypeRequest> {

    static final SortSpec SORT = SortSpec.of("code", "id", "code", "category", "validFrom");

    @Inject
    RegulationRepository regulations;

    @Inject
    public ViolationTypeService(ViolationTypeRepository repository) {
        super(repository, "VIOLATION_TYPE_NOT_FOUND", "violation-types");
    }

    /** Filters of the list; {@code validOn} is always set (today by default). */
    public record Filter(ViolationCategory category, CandidatePhase phase, LocalDate validOn, String q) {
    }

    public PageResponse<ViolationType> list(Filter filter, PageParams page) {
        Where where = describedBy(new Where(), filter.q())
                .andIfPresent("category = :category", "category", filter.category())
                .andIfPresent(":phase member of candidatePhases", "phase", filter.phase());
        return page(where, filter.validOn(), SORT, page);
    }

    /** The version of {@code code} valid on {@code date}, if the code has one then. For other features. */
    public Optional<ViolationType> findValidOn(String code, LocalDate date) {
        return versions().findValidOn(code, date);
    }

    public boolean exists(String code) {
        return versions().exists(code);
    }

    @Override
    protected ViolationType build(ViolationTypeDtos.ViolationTypeRequest request) {
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
