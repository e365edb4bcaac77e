package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Who handled neutrality cases when: Bawaslu (intake) and the supervising authority (KASN until
 * 2024-08-23, BKN from 2024-08-24, later the independent body ordered by Putusan MK
 * 121/PUU-XXII/2024). Versioned like the other catalogues.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorityService extends CatalogueService<Authority, AuthorityDtos.AuthorityRequest> {

    static final SortSpec SORT = SortSpec.of("function,code", "id", "code", "function", "validFrom");

    @Inject
    public AuthorityService(AuthorityRepository repository) {
        super(repository, "AUTHORITY_NOT_FOUND", "authorities");
    }

    public PageResponse<Authority> list(LocalDate on, AuthorityFunction function, PageParams page) {
        return page(new Where().andIfPresent("function = :function", "function", function), on, SORT, page);
    }

    /**
     * The authority with {@code function} on {@code date}: the supervising authority of a case is the
     * one valid on the incident date. Empty when none is recorded for that date.
     */
    public Optional<Authority> on(LocalDate date, AuthorityFunction function) {
        return repository().find("function = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) "
                + "order by validFrom desc, code", function, date).firstResultOptional();
    }

    @Override
    protected Authority build(AuthorityDtos.AuthorityRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("validTo", "DATE_ORDER", "validTo", "validFrom"));
        }
        Authority entry = new Authority();
        entry.name = request.name().trim();
        entry.function = request.function();
        entry.descriptionId = request.descriptionId().trim();
        entry.descriptionEn = request.descriptionEn().trim();
        entry.legalBasis = new ArrayList<>(resolver.resolveAll(request.legalBasis(), "legalBasis"));
        entry.validFrom = request.validFrom();
        entry.validTo = request.validTo();
        entry.note = Text.blankToNull(request.note());
        return entry;
    }
}
