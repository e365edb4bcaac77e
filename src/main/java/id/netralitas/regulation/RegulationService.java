package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.text.Text;
import id.netralitas.common.web.EntityTags;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import id.netralitas.region.RegionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Regulations and their articles: reads for everyone, in-place edits by admins (If-Match). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegulationService {

    static final SortSpec SORT = SortSpec.of("-year,code", "code",
            "code", "year", "effectiveDate", "kind", "citation");
    static final SortSpec ARTICLE_SORT = SortSpec.of("key", "id", "key=sortKey");
    private static final Pattern CODE = Pattern.compile(LegalReference.REGULATION_CODE_PATTERN);

    @Inject
    DomainEvents events;

    @Inject
    RegulationRepository regulations;

    @Inject
    RegulationArticleRepository articles;

    @Inject
    RegionService regions;

    /** Filters of the regulation list; each is optional. */
    public record Filter(RegulationKind kind, Integer year, LocalDate inForceOn, String q) {
    }

    public PageResponse<Regulation> list(Filter filter, PageParams page) {
        Where where = new Where()
                .andIfPresent("kind = :kind", "kind", filter.kind())
                .andIfPresent("year = :year", "year", filter.year());
        if (filter.inForceOn() != null) {
            where.and("effectiveDate <= :on and (inForceUntil is null or inForceUntil >= :on)", "on", filter.inForceOn());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("(lower(title) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(citation) like :q"
                    + LikePattern.ESCAPE_CLAUSE + " or lower(code) like :q" + LikePattern.ESCAPE_CLAUSE + ")",
                    "q", LikePattern.contains(filter.q().trim()));
        }
        PanacheQuery<Regulation> query = regulations.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** The regulation with this code (from a path); 400 when malformed, 404 when unknown. */
    public Regulation get(String rawCode) {
        String code = parseCode(rawCode, "code");
        return regulations.findByCode(code).orElseThrow(() -> ApiException.notFound("REGULATION_NOT_FOUND", code));
    }

    @Transactional
    public Regulation create(RegulationRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        String code = parseCode(request.code(), "code");
        if (regulations.findByCode(code).isPresent()) {
            throw ApiException.conflict("REGULATION_CODE_EXISTS", code);
        }
        Regulation regulation = new Regulation();
        regulation.code = code;
        apply(regulation, request);
        SqlFailures.persistUnique(regulations, regulation, () -> ApiException.conflict("REGULATION_CODE_EXISTS", code));
        changed("regulations", regulation.code);
        return regulation;
    }

    @Transactional
    public Regulation update(String rawCode, String ifMatch, RegulationRequest request) {
        Regulation regulation = get(rawCode);
        if (request.code() != null && !request.code().equals(regulation.code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", regulation.code);
        }
        EntityTags.requireMatch(ifMatch, regulation.version);
        apply(regulation, request);
        regulations.flush();
        changed("regulations", regulation.code);
        return regulation;
    }

    private void changed(String catalogue, String code) {
        events.record(DomainEventType.CATALOGUE_CHANGED, code, null, Map.of("catalogue", catalogue, "code", code));
    }

    private void apply(Regulation regulation, RegulationRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        Regulation repealer = null;
        if (request.repealedBy() != null) {
            if (request.repealedBy().equals(regulation.code)) {
                problems.add(FieldViolation.of("repealedBy", "REPEALED_BY_SELF"));
            } else {
                repealer = regulations.findByCode(request.repealedBy()).orElse(null);
                if (repealer == null) {
                    throw ApiException.unprocessable("VALIDATION_FAILED")
                            .violation(FieldViolation.of("repealedBy", "REGULATION_UNKNOWN", request.repealedBy()));
                }
            }
        }
        LocalDate inForceUntil = request.inForceUntil();
        if (inForceUntil == null && repealer != null) {
            inForceUntil = repealer.effectiveDate.minusDays(1);
        }
        if (inForceUntil != null && inForceUntil.isBefore(request.effectiveDate())) {
            problems.add(FieldViolation.of("inForceUntil", "DATE_ORDER", "inForceUntil", "effectiveDate"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(problems);
        }
        regulation.kind = request.kind();
        regulation.number = request.number().trim();
        regulation.year = request.year();
        regulation.citation = request.citation() == null || request.citation().isBlank()
                ? defaultCitation(request.kind(), regulation.number, request.year()) : request.citation().trim();
        regulation.title = request.title().trim();
        regulation.issuer = request.issuer().trim();
        regulation.signedDate = request.signedDate();
        regulation.effectiveDate = request.effectiveDate();
        regulation.inForceUntil = inForceUntil;
        regulation.repealedBy = repealer;
        regulation.scopeRegionCode = request.scopeRegionCode() == null ? null
                : regions.requireExisting(request.scopeRegionCode(), "scopeRegionCode").code;
        regulation.gazette = Text.blankToNull(request.gazette());
        regulation.summary = request.summary().trim();
        regulation.note = Text.blankToNull(request.note());
        List<Regulation.SignatoryNumber> numbers = request.signatoryNumbers() == null ? List.of()
                : request.signatoryNumbers().stream()
                .map(n -> new Regulation.SignatoryNumber(n.signatory().trim(), n.number().trim())).toList();
        regulation.signatoryNumbers.clear();
        regulation.signatoryNumbers.addAll(numbers);
    }

    /** "PP 94/2021"; when the number already carries the year ("121/PUU-XXII/2024"), kind label and number. */
    static String defaultCitation(RegulationKind kind, String number, int year) {
        String label = kind.label().isEmpty() ? "" : kind.label() + " ";
        return number.contains("/") ? label + number : label + number + "/" + year;
    }

    // ------------------------------------------------------------------ articles

    public PageResponse<RegulationArticle> articles(String rawCode, String pasal, PageParams page) {
        Regulation regulation = get(rawCode);
        Where where = new Where().and("regulation = :regulation", "regulation", regulation);
        if (pasal != null && !pasal.isBlank()) {
            where.and("pasal = :pasal", "pasal", pasal.trim());
        }
        PanacheQuery<RegulationArticle> query = articles.find(where.query(), ARTICLE_SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    public RegulationArticle article(String rawCode, String articleKey) {
        Regulation regulation = get(rawCode);
        String[] parts = LegalReference.parseArticleKey(articleKey);
        if (parts == null) {
            throw ApiException.invalidField("articleKey", "ARTICLE_KEY_INVALID", Text.abbreviate(articleKey));
        }
        return articles.find(regulation, parts[0], parts[1], parts[2], parts[3])
                .orElseThrow(() -> ApiException.notFound("ARTICLE_NOT_FOUND", regulation.citation,
                        LegalReference.renderArticle(parts[0], parts[1], parts[2], parts[3])));
    }

    @Transactional
    public RegulationArticle createArticle(String rawCode, ArticleDtos.ArticleRequest request) {
        Regulation regulation = get(rawCode);
        LegalReference ref = new LegalReference(regulation.code, request.pasal(), request.ayat(), request.huruf(),
                request.angka());
        if (articles.find(regulation, ref.pasal(), ref.ayat(), ref.huruf(), ref.angka()).isPresent()) {
            throw ApiException.conflict("ARTICLE_EXISTS", ref.render(regulation.citation));
        }
        RegulationArticle article = new RegulationArticle();
        article.regulation = regulation;
        article.setParts(ref.pasal(), ref.ayat(), ref.huruf(), ref.angka());
        article.summary = request.summary().trim();
        article.note = Text.blankToNull(request.note());
        SqlFailures.persistUnique(articles, article,
                () -> ApiException.conflict("ARTICLE_EXISTS", ref.render(regulation.citation)));
        changed("articles", regulation.code);
        return article;
    }

    @Transactional
    public RegulationArticle updateArticle(String rawCode, String articleKey, String ifMatch, ArticleDtos.ArticleUpdate request) {
        RegulationArticle article = article(rawCode, articleKey);
        EntityTags.requireMatch(ifMatch, article.version);
        article.summary = request.summary().trim();
        article.note = Text.blankToNull(request.note());
        articles.flush();
        changed("articles", article.regulation.code);
        return article;
    }

    /** A regulation code from a path or a field: 400 {@code CODE_INVALID} unless it has the canonical form. */
    static String parseCode(String raw, String field) {
        if (raw == null || raw.length() > 80 || !CODE.matcher(raw).matches()) {
            throw ApiException.invalidField(field, "CODE_INVALID", raw == null ? "" : Text.abbreviate(raw));
        }
        return raw;
    }
}
