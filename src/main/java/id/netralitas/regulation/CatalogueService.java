package id.netralitas.regulation;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import id.netralitas.event.DomainEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The reads and changes every versioned catalogue offers, by code ({@link CatalogueVersions} holds the
 * versioning rules); a catalogue adds its list, its own lookups and how an entry is built from a request.
 */
abstract class CatalogueService<E extends CatalogueEntry, Q extends CatalogueService.Request> {

    /** What every catalogue request names: the code (required on create, optional but equal on change). */
    interface Request {
        String code();
    }

    @Inject
    CalendarService calendar;

    @Inject
    DomainEvents events;

    @Inject
    LegalReferenceResolver resolver;

    private PanacheRepository<E> repository;
    private String notFoundCode;
    private String catalogue;
    private CatalogueVersions<E> versions;

    /** For the container's client proxy only. */
    protected CatalogueService() {
    }

    /** {@code notFoundCode} is the 404 code of an unknown code; {@code catalogue} names it in events ("sanctions"). */
    protected CatalogueService(PanacheRepository<E> repository, String notFoundCode, String catalogue) {
        this.repository = repository;
        this.notFoundCode = notFoundCode;
        this.catalogue = catalogue;
    }

    protected PanacheRepository<E> repository() {
        return repository;
    }

    @PostConstruct
    void init() {
        versions = new CatalogueVersions<>(repository, notFoundCode, catalogue, events);
    }

    /** This catalogue's versioning, over its repository. */
    protected CatalogueVersions<E> versions() {
        return versions;
    }

    /** The entries valid on {@code on} matching {@code where} (which this extends), as a page. */
    protected PageResponse<E> page(Where where, LocalDate on, SortSpec sort, PageParams page) {
        where.and("validFrom <= :on and (validTo is null or validTo >= :on)", "on", on);
        PanacheQuery<E> query = repository().find(where.query(), sort.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** Narrows {@code where} to entries whose code or either description contains {@code q} (any case). */
    protected static Where describedBy(Where where, String q) {
        if (q != null && !q.isBlank()) {
            where.and("(lower(descriptionId) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(descriptionEn) like :q"
                    + LikePattern.ESCAPE_CLAUSE + " or lower(code) like :q" + LikePattern.ESCAPE_CLAUSE + ")",
                    "q", LikePattern.contains(q.trim()));
        }
        return where;
    }

    /** A new entry, without its code, from a request; 400 or 422 for what the request's annotations cannot check. */
    protected abstract E build(Q request);

    /** For a GET: the given version, or the version valid on the date (today when absent). */
    public E get(String rawCode, Integer version, LocalDate validOn) {
        return versions().select(CatalogueVersions.parseCode(rawCode, "code"), version,
                validOn == null ? calendar.today() : validOn);
    }

    public List<E> history(String rawCode) {
        return versions().history(CatalogueVersions.parseCode(rawCode, "code"));
    }

    /** Revision 1 of a new code. */
    @Transactional
    public E create(Q request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        E entry = build(request);
        entry.code = CatalogueVersions.parseCode(request.code(), "code");
        return versions().create(entry);
    }

    /** The next revision of a code, guarded by the latest revision's ETag. */
    @Transactional
    public E change(String rawCode, String ifMatch, Q request) {
        String code = CatalogueVersions.parseCode(rawCode, "code");
        versions().requireExisting(code);
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", code);
        }
        return versions().supersede(code, ifMatch, build(request));
    }
}
