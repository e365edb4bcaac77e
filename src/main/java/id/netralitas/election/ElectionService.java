package id.netralitas.election;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.Roles;
import id.netralitas.common.text.Text;
import id.netralitas.common.web.EntityTags;
import id.netralitas.region.Region;
import id.netralitas.region.RegionCode;
import id.netralitas.region.RegionService;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.regulation.LegalBasisRef;
import id.netralitas.regulation.LegalReferenceResolver;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Elections: their calendar and phases, participating regions, and the handling time limits of
 * their cases, computed by the one {@link CalendarService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ElectionService {

    static final SortSpec SORT = SortSpec.of("-votingDate,code", "code", "code", "votingDate", "type");
    private static final Pattern CODE = Pattern.compile(ElectionDtos.CODE_PATTERN);

    @Inject
    ElectionRepository elections;

    @Inject
    RegionService regions;

    @Inject
    LegalReferenceResolver resolver;

    @Inject
    CalendarService calendar;

    /** Filters of the election list; each is optional. */
    public record Filter(ElectionType type, Integer year, String regionCode, LocalDate incidentOn) {
    }

    /** A rule applied to a start date. */
    public record Deadline(Election.DeadlineRule rule, LocalDate from, LocalDate dueDate, List<Integer> yearsWithoutHolidayData) {
    }

    public PageResponse<Election> list(Filter filter, PageParams page) {
        Where where = new Where().andIfPresent("type = :type", "type", filter.type());
        if (filter.year() != null) {
            where.and("votingDate >= :yearStart", "yearStart", LocalDate.of(filter.year(), 1, 1))
                    .and("votingDate <= :yearEnd", "yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.incidentOn() != null) {
            where.and("incidentWindowStart <= :incident and incidentWindowEnd >= :incident", "incident", filter.incidentOn());
        }
        if (filter.regionCode() != null) {
            Region region = regions.requireExisting(filter.regionCode(), "regionCode");
            where.and("(scope = :national or id in (select er.electionId from ElectionRegion er "
                    + "where er.regionCode in :selfAndAncestors))", "national", ElectionScope.NATIONAL)
                    .param("selfAndAncestors", selfAndAncestors(region.code));
        }
        PanacheQuery<Election> query = elections.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** The election with this code (from a path); 400 when malformed, 404 when unknown. */
    public Election get(String rawCode) {
        String code = parseCode(rawCode, "code");
        return elections.findByCode(code).orElseThrow(() -> ApiException.notFound("ELECTION_NOT_FOUND", code));
    }

    /** For other features: the election with this code, if any. */
    public Optional<Election> find(String code) {
        return code == null ? Optional.empty() : elections.findByCode(code);
    }

    public long regionCount(Election election) {
        return elections.countRegions(election);
    }

    /** Whether the region (or one of its ancestors) takes part; every region takes part in a national election. */
    public boolean takesPartIn(Election election, String regionCode) {
        if (election.scope == ElectionScope.NATIONAL) {
            return true;
        }
        return elections.hasAnyRegion(election, selfAndAncestors(RegionCode.parse(regionCode, "regionCode").value()));
    }

    @Transactional
    public Election create(ElectionDtos.ElectionRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalidField("code", "REQUIRED");
        }
        String code = parseCode(request.code(), "code");
        if (elections.findByCode(code).isPresent()) {
            throw ApiException.conflict("ELECTION_CODE_EXISTS", code);
        }
        Election election = new Election();
        election.code = code;
        apply(election, request);
        SqlFailures.persistUnique(elections, election, () -> ApiException.conflict("ELECTION_CODE_EXISTS", code));
        return election;
    }

    @Transactional
    public Election update(String rawCode, String ifMatch, ElectionDtos.ElectionRequest request) {
        Election election = get(rawCode);
        if (request.code() != null && !request.code().equals(election.code)) {
            throw ApiException.invalidField("code", "CODE_MISMATCH", election.code);
        }
        EntityTags.requireMatch(ifMatch, election.version);
        if (request.scope() == ElectionScope.NATIONAL && election.scope == ElectionScope.REGIONAL
                && elections.countRegions(election) > 0) {
            throw ApiException.conflict("ELECTION_HAS_REGIONS", election.code, elections.countRegions(election));
        }
        apply(election, request);
        elections.flush();
        return election;
    }

    /** The outcome of replacing the regions: how many there are now and the election's new version. */
    public record RegionsReplaced(String electionCode, long regionCount, long electionVersion) {
    }

    /** Where a date falls in an election's calendar. */
    public record Phase(Election election, LocalDate on, ElectionPhase phase, CandidatePhase candidatePhase,
                        boolean inIncidentWindow, boolean inSupportCollection) {
    }

    public Phase phase(String rawCode, LocalDate on) {
        Election election = get(rawCode);
        boolean inSupport = election.supportCollectionStart != null && !on.isBefore(election.supportCollectionStart)
                && !on.isAfter(election.supportCollectionEnd);
        return new Phase(election, on, election.phaseOn(on), election.candidatePhaseOn(on),
                election.incidentWindowContains(on), inSupport);
    }

    /** Replaces the participating regions of a regional election; bumps the election's version. */
    @Transactional
    public RegionsReplaced replaceRegions(String rawCode, String ifMatch, List<String> rawCodes) {
        Election election = get(rawCode);
        EntityTags.requireMatch(ifMatch, election.version);
        if (election.scope == ElectionScope.NATIONAL) {
            throw ApiException.conflict("ELECTION_NATIONAL_SCOPE", election.code);
        }
        List<FieldViolation> malformed = new ArrayList<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < rawCodes.size(); i++) {
            String field = "regionCodes[" + i + "]";
            Optional<RegionCode> code = RegionCode.tryParse(rawCodes.get(i));
            if (code.isEmpty()) {
                malformed.add(FieldViolation.of(field, "REGION_CODE_INVALID", rawCodes.get(i)));
            } else if (firstIndex.putIfAbsent(code.get().value(), i) != null) {
                malformed.add(FieldViolation.of(field, "DUPLICATE", code.get().value()));
            }
        }
        if (!malformed.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(malformed);
        }
        List<String> ordered = new ArrayList<>(firstIndex.keySet());
        Set<String> existing = elections.existingRegionCodes(ordered);
        List<FieldViolation> unknown = new ArrayList<>();
        firstIndex.forEach((code, index) -> {
            if (!existing.contains(code)) {
                unknown.add(FieldViolation.of("regionCodes[" + index + "]", "REGION_UNKNOWN", code));
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }
        // Increments the version now (and fails on a concurrent change), so the new ETag can be answered.
        elections.getEntityManager().lock(election, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        elections.replaceRegions(election, ordered);
        return new RegionsReplaced(election.code, ordered.size(), election.version);
    }

    public PageResponse<Region> regions(String rawCode, PageParams page) {
        Election election = get(rawCode);
        return PageResponse.of(elections.regions(election, page.page, page.size), page, elections.countRegions(election));
    }

    /** The rule of {@code kind} of the election, if it has one. */
    public Optional<Election.DeadlineRule> rule(Election election, DeadlineKind kind) {
        return election.deadlineRules.stream().filter(r -> r.kind == kind).findFirst();
    }

    /**
     * When the step {@code kind} of a case of this election is due, counting from {@code from}; empty
     * when the election has no such rule. For the report workflow.
     */
    public Optional<Deadline> deadline(Election election, DeadlineKind kind, LocalDate from) {
        return rule(election, kind).map(rule -> apply(rule, from));
    }

    /**
     * The role that decides an objection or an appeal ({@link DeadlineKind#decided()}) of this election's
     * cases: the one its rule names, the authority ({@code verifier}) when it names none.
     */
    public String decider(Election election, DeadlineKind kind) {
        return rule(election, kind).map(r -> r.decidedBy).orElse(Roles.VERIFIER);
    }

    public List<Deadline> deadlines(Election election, LocalDate from) {
        return election.deadlineRules.stream().sorted(Comparator.comparingInt(r -> r.kind.ordinal()))
                .map(rule -> apply(rule, from)).toList();
    }

    private Deadline apply(Election.DeadlineRule rule, LocalDate from) {
        CalendarService.Computation c = calendar.compute(from, rule.amount, rule.unit);
        return new Deadline(rule, from, c.result(), c.yearsWithoutHolidayData());
    }

    /** Validates the request as a whole, resolves its legal references, then copies it onto the election. */
    private void apply(Election election, ElectionDtos.ElectionRequest r) {
        List<ElectionDtos.DeadlineRuleRequest> rules = r.deadlineRules() == null ? List.of() : r.deadlineRules();
        List<FieldViolation> problems = new ArrayList<>();
        checkDateOrder(r, problems);
        checkRuleKinds(rules, problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(problems);
        }
        List<LegalBasisRef> basis = resolver.resolveAll(r.legalBasis(), "legalBasis");
        List<Election.DeadlineRule> newRules = deadlineRules(rules);
        copyCalendar(election, r);
        election.legalBasis.clear();
        election.legalBasis.addAll(basis);
        election.deadlineRules.clear();
        election.deadlineRules.addAll(newRules);
    }

    /** Campaign, candidate determination, support collection and incident window fit around voting day. */
    private static void checkDateOrder(ElectionDtos.ElectionRequest r, List<FieldViolation> problems) {
        if (r.campaignEnd().isBefore(r.campaignStart())) {
            problems.add(FieldViolation.of("campaignEnd", "DATE_ORDER", "campaignEnd", "campaignStart"));
        }
        if (!r.votingDate().isAfter(r.campaignEnd())) {
            problems.add(FieldViolation.of("votingDate", "DATE_ORDER", "votingDate", "campaignEnd"));
        }
        if (r.candidateDeterminationDate().isAfter(r.votingDate())) {
            problems.add(FieldViolation.of("candidateDeterminationDate", "DATE_ORDER", "votingDate",
                    "candidateDeterminationDate"));
        }
        if ((r.supportCollectionStart() == null) != (r.supportCollectionEnd() == null)) {
            problems.add(FieldViolation.of(r.supportCollectionStart() == null ? "supportCollectionStart"
                    : "supportCollectionEnd", "REQUIRED_TOGETHER", "supportCollectionStart", "supportCollectionEnd"));
        } else if (r.supportCollectionStart() != null && r.supportCollectionEnd().isBefore(r.supportCollectionStart())) {
            problems.add(FieldViolation.of("supportCollectionEnd", "DATE_ORDER", "supportCollectionEnd",
                    "supportCollectionStart"));
        }
        if (r.votingDate().isBefore(r.incidentWindowStart())) {
            problems.add(FieldViolation.of("incidentWindowStart", "DATE_ORDER", "votingDate", "incidentWindowStart"));
        }
        if (r.incidentWindowEnd().isBefore(r.votingDate())) {
            problems.add(FieldViolation.of("incidentWindowEnd", "DATE_ORDER", "incidentWindowEnd", "votingDate"));
        }
    }

    /** At most one rule per deadline kind; a deciding role only on the kinds that have one. */
    private static void checkRuleKinds(List<ElectionDtos.DeadlineRuleRequest> rules, List<FieldViolation> problems) {
        Set<DeadlineKind> kinds = EnumSet.noneOf(DeadlineKind.class);
        for (int i = 0; i < rules.size(); i++) {
            if (!kinds.add(rules.get(i).kind())) {
                problems.add(FieldViolation.of("deadlineRules[" + i + "].kind", "DUPLICATE", rules.get(i).kind()));
            }
            if (rules.get(i).decidedBy() != null && !rules.get(i).kind().decided()) {
                problems.add(FieldViolation.of("deadlineRules[" + i + "].decidedBy", "DECIDER_NOT_APPLICABLE",
                        rules.get(i).kind()));
            }
        }
    }

    private List<Election.DeadlineRule> deadlineRules(List<ElectionDtos.DeadlineRuleRequest> rules) {
        List<Election.DeadlineRule> newRules = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            ElectionDtos.DeadlineRuleRequest req = rules.get(i);
            Election.DeadlineRule rule = new Election.DeadlineRule();
            rule.kind = req.kind();
            rule.amount = req.amount();
            rule.unit = req.unit();
            rule.countedFrom = req.countedFrom().trim();
            rule.note = Text.blankToNull(req.note());
            rule.decidedBy = req.kind().decided() ? Objects.requireNonNullElse(req.decidedBy(), Roles.VERIFIER) : null;
            if (req.legalBasis() != null) {
                rule.legalBasis = resolver.resolveAll(List.of(req.legalBasis()), "deadlineRules[" + i + "].legalBasis").get(0);
            }
            newRules.add(rule);
        }
        return newRules;
    }

    private static void copyCalendar(Election election, ElectionDtos.ElectionRequest r) {
        election.type = r.type();
        election.name = r.name().trim();
        election.scope = r.scope();
        election.votingDate = r.votingDate();
        election.campaignStart = r.campaignStart();
        election.campaignEnd = r.campaignEnd();
        election.candidateDeterminationDate = r.candidateDeterminationDate();
        election.supportCollectionStart = r.supportCollectionStart();
        election.supportCollectionEnd = r.supportCollectionEnd();
        election.incidentWindowStart = r.incidentWindowStart();
        election.incidentWindowEnd = r.incidentWindowEnd();
        election.note = Text.blankToNull(r.note());
    }

    static String parseCode(String raw, String field) {
        if (raw == null || raw.length() > 40 || !CODE.matcher(raw).matches()) {
            throw ApiException.invalidField(field, "CODE_INVALID",
                    Text.abbreviate(raw));
        }
        return raw;
    }

    /** "74.71.01" → ["74", "74.71", "74.71.01"]. */
    static List<String> selfAndAncestors(String dotted) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> code = Optional.of(new RegionCode(dotted));
        while (code.isPresent()) {
            codes.add(0, code.get().value());
            code = code.get().parent();
        }
        return codes;
    }
}
