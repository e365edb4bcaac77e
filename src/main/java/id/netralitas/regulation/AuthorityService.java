package id.netralitas.regulation;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import id.netralitas.event.DomainEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who handled neutrality cases when: Bawaslu (intake) and the supervising authority (KASN until
 * 2024-08-23, BKN from 2024-08-24, later the independent body ordered by Putusan MK
 * 121/PUU-XXII/2024). Versioned like the other catalogues.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorityService implements CatalogueService<Authority, AuthorityDtos.AuthorityRequest> {

    static final SortSpec SORT = SortSpec.of("function,code", "id", "code", "function", "validFrom");

    @Inject
    AuthorityRepository repository;

    @Inject
    LegalReferenceResolver resolver;

    @Inject
    CalendarService calendar;

    private CatalogueVersions<Authority> versions;

    @Inject
    DomainEvents events;

    @PostConstruct
    void init() {
        versions = new CatalogueVersions<>(repository, "AUTHORITY_NOT_FOUND", "authorities", events);
    }

    public PageResponse<Authority> list(LocalDate on, AuthorityFunction function, PageParams page) {
        Where where = new Where()
                .and("validFrom <= :on and (validTo is null or validTo >= :on)", "on", on)
                .andIfPresent("function = :function", "function", function);
        PanacheQuery<Authority> query = repository.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /**
     * The authority with {@code function} on {@code date}: the supervising authority of a case is the
     * one valid on the incident date. Empty when none is recorded for that date.
     */
    public Optional<Authority> on(LocalDate date, AuthorityFunction function) {
        return repository.find("function = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) "
                + "order by validFrom desc, code", function, date).firstResultOptional();
    }

    public Authority get(String rawCode, Integer version, LocalDate validOn) {
        return versions.select(CatalogueVersions.parseCode(rawCode, "code"), version,
                validOn == null ? calendar.today() : validOn);
    }

    public List<Authority> history(String rawCode) {
        return versions.history(CatalogueVersions.parseCode(rawCode, "code"));
    }

    @Transactional
    public Authority create(AuthorityDtos.AuthorityRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        Authority entry = build(request);
        entry.code = CatalogueVersions.parseCode(request.code(), "code");
        return versions.create(entry);
    }

    @Transactional
    public Authority change(String rawCode, String ifMatch, AuthorityDtos.AuthorityRequest request) {
        String code = CatalogueVersions.parseCode(rawCode, "code");
        if (!versions.exists(code)) {
            throw ApiException.notFound("AUTHORITY_NOT_FOUND", code);
        }
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", code);
        }
        return versions.supersede(code, ifMatch, build(request));
    }

    private Authority build(AuthorityDtos.AuthorityRequest request) {
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
