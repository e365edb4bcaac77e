package id.netralitas.pact;

import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.web.Ids;
import id.netralitas.agency.Agency;
import id.netralitas.agency.AgencyRepository;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.Causes;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.ForwardScroll;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.EmployeeStatus;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import id.netralitas.region.RegionCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Signing, reading and revoking pact signatures. Exactly one valid individual signature per NIP and
 * election (one institutional one per agency and election) is enforced by unique keys: a second
 * attempt is 409 {@code PACT_ALREADY_SIGNED} with the existing signature, also when two requests race
 * (the loser's insert fails on the key, and the winner's row is looked up and named).
 */
@RequestScoped
public class PactSignatureService {

    static final SortSpec SORT = SortSpec.of("-signedAt", "s.id", "signedAt=s.signedAt", "name=s.signerName",
            "nip=s.signerNip");

    @Inject
    DomainEvents events;

    @Inject
    EntityManager em;

    @Inject
    ElectionService elections;

    @Inject
    PactTemplateService templates;

    @Inject
    PactEligibility eligibility;

    @Inject
    AgencyRepository agencies;

    @Inject
    EmployeeRepository employees;

    @Inject
    IdempotencyService idempotency;

    @Inject
    Caller caller;

    /** A signature and whether this request created it (false: an Idempotency-Key replay). */
    public record Signed(PactSignature signature, boolean created) {
    }

    /** Filters of the signature list; each optional. */
    public record Filter(String electionCode, String agencyCode, String regionCode, PactSignature.Method method,
                         PactSignature.SignerType signerType, PactSignature.Status status, LocalDate signedFrom,
                         LocalDate signedTo, String nip) {
    }

    /** Who signs what, resolved and checked. */
    record Signer(PactSignature.SignerType type, Employee employee, Agency agency, String name, String golongan,
                  String jabatan, String nip, String regionCode) {
    }

    public Signed sign(PactDtos.SignatureRequest request, Optional<String> key, String requestSha256) {
        String scope = "pact-signature:" + caller.name();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (key.isPresent()) {
                    Optional<IdempotencyRecord> earlier = idempotency.replay(scope, key.get(), requestSha256);
                    if (earlier.isPresent()) {
                        return new Signed(byPublicId(earlier.get().resourceId), false);
                    }
                }
                PactSignature created = signNow(request);
                key.ifPresent(k -> idempotency.remember(scope, k, requestSha256, created.publicId, 201, null));
                return new Signed(created, true);
            });
        } catch (RuntimeException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent request signed first: name its signature, as the pre-check would have.
            Optional<String> existing = QuarkusTransaction.requiringNew().call(() -> existingFor(request));
            if (existing.isPresent()) {
                throw alreadySigned(existing.get());
            }
            throw e;
        }
    }

    private PactSignature signNow(PactDtos.SignatureRequest r) {
        Election election = election(r.electionCode(), "electionCode");
        PactSignature.SignerType type = r.signerType() == null ? PactSignature.SignerType.INDIVIDU : r.signerType();
        boolean asn = !caller.isAdmin() && !caller.hasRole(Roles.PPK);
        PactSignature.Method method;
        if (asn) {
            if (type != PactSignature.SignerType.INDIVIDU) {
                throw ApiException.forbidden("PACT_SIGNER_TYPE_NOT_ALLOWED", type);
            }
            method = r.method() == null ? PactSignature.Method.PERSETUJUAN_ELEKTRONIK : r.method();
            if (method != PactSignature.Method.PERSETUJUAN_ELEKTRONIK) {
                throw ApiException.forbidden("PACT_METHOD_NOT_ALLOWED", method);
            }
            String own = caller.requireNip();
            if (r.nip() != null && !r.nip().equals(own)) {
                throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", r.nip());
            }
            if (r.ceremony() != null || r.ceremonyId() != null) {
                throw ApiException.invalidField(r.ceremony() != null ? "ceremony" : "ceremonyId", "PACT_CEREMONY_NOT_EXPECTED");
            }
        } else {
            method = r.method() == null ? PactSignature.Method.TANDA_TANGAN_BASAH : r.method();
            if (type == PactSignature.SignerType.INDIVIDU && method != PactSignature.Method.TANDA_TANGAN_BASAH) {
                throw ApiException.forbidden("PACT_METHOD_NOT_ALLOWED", method);
            }
        }
        Signer signer = type == PactSignature.SignerType.INDIVIDU
                ? individual(asn ? caller.requireNip() : r.nip(), election, asn)
                : institution(r, election);
        PactCeremony ceremony = null;
        if (method == PactSignature.Method.TANDA_TANGAN_BASAH) {
            ceremony = ceremony(r.ceremonyId(), r.ceremony(), election, signer.agency());
        } else if (r.ceremony() != null || r.ceremonyId() != null) {
            throw ApiException.invalidField(r.ceremony() != null ? "ceremony" : "ceremonyId", "PACT_CEREMONY_NOT_EXPECTED");
        }
        Instant now = PactContent.signingTime(Instant.now());
        LocalDate day = ceremony != null ? ceremony.ceremonyDate : LocalDate.ofInstant(now, CalendarService.ZONE);
        PactTemplate template = templates.forSigning(election, r.templateVersion(), day);
        em.lock(template, LockModeType.OPTIMISTIC);
        Optional<String> existing = type == PactSignature.SignerType.INDIVIDU
                ? validByNip(election, signer.nip()) : validByAgency(election, signer.agency());
        if (existing.isPresent()) {
            throw alreadySigned(existing.get());
        }
        PactSignature s = build(election, template, signer, method, ceremony, now, caller.name());
        em.persist(s);
        em.flush();
        event(s.id, PactSignatureEvent.Action.SIGNED, null, now);
        events.record(DomainEventType.SIGNATURE_CREATED, s.publicId, s.agencyCode, feedData(s));
        if (type == PactSignature.SignerType.INDIVIDU) {
            em.unwrap(Session.class).doWork(new PactCounters().add(election.id, s.agencyId, s.regionCode, 1)::apply);
        }
        return s;
    }

    static PactSignature build(Election election, PactTemplate template, Signer signer, PactSignature.Method method,
                               PactCeremony ceremony, Instant signedAt, String actor) {
        PactSignature s = new PactSignature();
        s.publicId = UUID.randomUUID().toString();
        s.election = election;
        s.template = template;
        s.signerType = signer.type();
        s.employeeId = signer.employee() == null ? null : signer.employee().id;
        s.signerNip = signer.nip();
        s.signerName = signer.name();
        s.signerGolongan = signer.golongan();
        s.signerJabatan = signer.jabatan();
        s.agencyId = signer.agency().id;
        s.agencyCode = signer.agency().code;
        s.agencyName = signer.agency().name;
        s.regionCode = signer.regionCode();
        s.method = method;
        s.ceremony = ceremony;
        s.signedAt = PactContent.signingTime(signedAt);
        s.status = PactSignature.Status.VALID;
        s.activeNip = signer.type() == PactSignature.SignerType.INDIVIDU ? signer.nip() : null;
        s.activeAgencyId = signer.type() == PactSignature.SignerType.INSTANSI ? signer.agency().id : null;
        s.verificationCode = newCode();
        s.createdBy = actor;
        s.contentSha256 = PactContent.sha256(PactContent.canonical(s, template));
        return s;
    }

    static String newCode() {
        return id.netralitas.common.security.ReadableCodes.normalize(id.netralitas.common.security.ReadableCodes.generate()).orElseThrow();
    }

    private Signer individual(String nip, Election election, boolean self) {
        if (nip == null) {
            throw ApiException.invalidField("nip", "NOT_NULL");
        }
        Employee employee = employees.findByNip(nip).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of("nip", "PACT_NIP_UNKNOWN", nip)));
        if (!self && !caller.isAdmin() && !employee.agency.code.equalsIgnoreCase(caller.requireAgency())) {
            throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", nip);
        }
        if (employee.status != EmployeeStatus.AKTIF) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", nip).with("reason", "NOT_ACTIVE");
        }
        if (!eligibility.agencyTakesPart(election, employee.agency)) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", nip).with("reason", "AGENCY_NOT_TAKING_PART");
        }
        return new Signer(PactSignature.SignerType.INDIVIDU, employee, employee.agency, employee.name, employee.golongan,
                employee.jabatanName, employee.nip, employee.regionCode);
    }

    private Signer institution(PactDtos.SignatureRequest r, Election election) {
        Agency agency;
        if (caller.isAdmin()) {
            if (r.agencyCode() == null || r.agencyCode().isBlank()) {
                throw ApiException.invalidField("agencyCode", "NOT_NULL");
            }
            agency = agencies.findByCode(r.agencyCode().trim().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    ApiException.unprocessable("VALIDATION_FAILED").violation(FieldViolation.of("agencyCode",
                            "AGENCY_UNKNOWN", r.agencyCode())));
        } else {
            String own = caller.requireAgency();
            if (r.agencyCode() != null && !r.agencyCode().trim().equalsIgnoreCase(own)) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", r.agencyCode());
            }
            agency = agencies.findByCode(own).orElseThrow(() -> ApiException.forbidden("AGENCY_OUT_OF_SCOPE", own));
        }
        if (r.signerName() == null || r.signerName().isBlank()) {
            throw ApiException.invalidField("signerName", "NOT_NULL");
        }
        if (r.nip() != null) {
            throw ApiException.invalidField("nip", "PACT_NIP_NOT_EXPECTED");
        }
        if (!eligibility.agencyTakesPart(election, agency)) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", agency.code).with("reason", "AGENCY_NOT_TAKING_PART");
        }
        return new Signer(PactSignature.SignerType.INSTANSI, null, agency, r.signerName().trim(), null, agency.ppkTitle,
                null, agency.regionCode);
    }

    /** The ceremony of a paper signature: an earlier one of the same election and agency, or a new one. */
    PactCeremony ceremony(String ceremonyId, PactDtos.CeremonyRequest request, Election election, Agency agency) {
        if (ceremonyId != null && request != null) {
            throw ApiException.invalidField("ceremony", "EXCLUSIVE_PARAMETERS", "ceremonyId", "ceremony");
        }
        if (ceremonyId == null && request == null) {
            throw ApiException.invalidField("ceremony", "REQUIRED_ONE_OF", "ceremonyId, ceremony");
        }
        if (ceremonyId != null) {
            return em.createQuery("from PactCeremony c where c.publicId = :id", PactCeremony.class)
                    .setParameter("id", ceremonyId).getResultList().stream()
                    .filter(c -> c.election.id.equals(election.id) && c.agency.id.equals(agency.id)).findFirst()
                    .orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED").violation(
                            FieldViolation.of("ceremonyId", "PACT_CEREMONY_UNKNOWN", ceremonyId)));
        }
        LocalDate today = LocalDate.now(CalendarService.ZONE);
        if (request.date().isAfter(today)) {
            throw ApiException.invalidField("ceremony.date", "DATE_IN_FUTURE");
        }
        PactCeremony c = new PactCeremony();
        c.publicId = UUID.randomUUID().toString();
        c.election = election;
        c.agency = agency;
        c.ceremonyDate = request.date();
        c.place = request.place().trim();
        c.witnesses = request.witnesses() == null || request.witnesses().isEmpty() ? null
                : String.join(PactCeremony.WITNESS_SEPARATOR, request.witnesses().stream().map(String::trim).toList());
        c.documentSha256 = request.documentSha256();
        c.createdBy = caller.name();
        em.persist(c);
        return c;
    }

    Election election(String code, String field) {
        String normalized = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        return elections.find(normalized).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of(field, "ELECTION_UNKNOWN", code)));
    }

    private Optional<String> existingFor(PactDtos.SignatureRequest r) {
        Election election = elections.find(r.electionCode().trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (election == null) {
            return Optional.empty();
        }
        if (r.signerType() == PactSignature.SignerType.INSTANSI) {
            String code = caller.isAdmin() ? r.agencyCode() : caller.agencyCode().orElse(null);
            return code == null ? Optional.empty() : agencies.findByCode(code.trim().toUpperCase(Locale.ROOT))
                    .flatMap(a -> validByAgency(election, a));
        }
        String nip = r.nip() != null ? r.nip() : caller.nip().orElse(null);
        return nip == null ? Optional.empty() : validByNip(election, nip);
    }

    private Optional<String> validByNip(Election election, String nip) {
        return em.createQuery("select s.publicId from PactSignature s where s.election = :e and s.activeNip = :nip",
                String.class).setParameter("e", election).setParameter("nip", nip).getResultList().stream().findFirst();
    }

    private Optional<String> validByAgency(Election election, Agency agency) {
        return em.createQuery("select s.publicId from PactSignature s where s.election = :e and s.activeAgencyId = :a",
                String.class).setParameter("e", election).setParameter("a", agency.id).getResultList().stream().findFirst();
    }

    static ApiException alreadySigned(String existingId) {
        return ApiException.conflict("PACT_ALREADY_SIGNED", existingId).with("existingSignatureId", existingId)
                .header("Location", "/api/v1/pact-signatures/" + existingId);
    }

    // ---- reading

    public PactSignature get(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PactSignature s = byPublicIdOrNull(id);
            if (s == null || !canRead(s)) {
                throw ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id);
            }
            return s;
        });
    }

    public List<PactSignatureEvent> history(PactSignature s) {
        return em.createQuery("from PactSignatureEvent e where e.signatureId = :s order by e.occurredAt, e.id",
                PactSignatureEvent.class).setParameter("s", s.id).getResultList();
    }

    private boolean canRead(PactSignature s) {
        if (caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU)) {
            return true;
        }
        if (caller.hasRole(Roles.PPK)) {
            return s.agencyCode.equalsIgnoreCase(caller.requireAgency());
        }
        return caller.hasRole(Roles.ASN) && s.signerNip != null && s.signerNip.equals(caller.requireNip());
    }

    public PageResponse<PactSignature> list(Filter f, PageParams page) {
        Plan plan = plan(f, page.sort);
        return QuarkusTransaction.joiningExisting().call(() -> {
            TypedQuery<PactSignature> query = select(plan);
            TypedQuery<Long> count = em.createQuery("select count(s) from PactSignature s where " + plan.where().query(),
                    Long.class);
            plan.where().params().forEach(count::setParameter);
            List<PactSignature> items = query.setFirstResult((int) page.offset()).setMaxResults(page.size).getResultList();
            return PageResponse.of(items, page, count.getSingleResult());
        });
    }

    /** A list's filters, scope and order, checked before anything is read (or, for an export, sent). */
    public record Plan(Where where, String order) {
    }

    /** Checks an export's filters and the caller's scope as {@link #list} does, without paging. */
    public Plan plan(Filter f, String sort) {
        Where where = new Where();
        if (caller.hasRole(Roles.PPK) && !caller.isAdmin()) {
            String own = caller.requireAgency();
            if (f.agencyCode() != null && !f.agencyCode().trim().equalsIgnoreCase(own)) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", f.agencyCode());
            }
            where.and("s.agencyCode = :scope", "scope", own);
        } else if (caller.hasRole(Roles.ASN) && !caller.isAdmin() && !caller.hasRole(Roles.VERIFIER)
                && !caller.hasRole(Roles.BAWASLU)) {
            String own = caller.requireNip();
            if (f.nip() != null && !f.nip().equals(own)) {
                throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", f.nip());
            }
            where.and("s.signerNip = :own", "own", own);
        }
        if (f.electionCode() != null) {
            where.and("s.election.code = :election", "election", f.electionCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.agencyCode() != null) {
            where.and("s.agencyCode = :agency", "agency", f.agencyCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.regionCode() != null) {
            RegionCode.parse(f.regionCode(), "regionCode").within(where, "s.regionCode");
        }
        if (f.nip() != null) {
            where.and("s.signerNip = :nip", "nip", f.nip());
        }
        where.andIfPresent("s.method = :method", "method", f.method())
                .andIfPresent("s.signerType = :type", "type", f.signerType())
                .andIfPresent("s.status = :status", "status", f.status());
        if (f.signedFrom() != null) {
            where.and("s.signedAt >= :from", "from", f.signedFrom().atStartOfDay(CalendarService.ZONE).toInstant());
        }
        if (f.signedTo() != null) {
            if (f.signedFrom() != null && f.signedTo().isBefore(f.signedFrom())) {
                throw ApiException.invalidField("signedTo", "DATE_ORDER", "signedTo", "signedFrom");
            }
            where.and("s.signedAt < :to", "to", f.signedTo().plusDays(1).atStartOfDay(CalendarService.ZONE).toInstant());
        }
        return new Plan(where, order(SORT.parse(sort)));
    }

    /** Every signature of an export, in order, through a forward-only cursor in constant memory. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public long forEach(Plan plan, ForwardScroll.Each<PactSignature> each) throws IOException {
        return ForwardScroll.forEach(select(plan), em, 5000, each);
    }

    private TypedQuery<PactSignature> select(Plan plan) {
        TypedQuery<PactSignature> query = em.createQuery("select s from PactSignature s join fetch s.election "
                + "join fetch s.template left join fetch s.ceremony c left join fetch c.agency where " + plan.where().query()
                + " order by " + plan.order(), PactSignature.class);
        plan.where().params().forEach(query::setParameter);
        return query;
    }

    private static String order(io.quarkus.panache.common.Sort sort) {
        return String.join(", ", sort.getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == io.quarkus.panache.common.Sort.Direction.Descending
                        ? " desc" : " asc")).toList());
    }

    // ---- revocation

    public PactSignature revoke(String id, String ifMatch, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PactSignature s = byPublicIdOrNull(id);
            if (s == null) {
                throw ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id);
            }
            EntityTags.requireMatch(ifMatch, s.version);
            if (s.status == PactSignature.Status.REVOKED) {
                throw ApiException.conflict("PACT_SIGNATURE_REVOKED", id);
            }
            Instant now = Instant.now();
            s.status = PactSignature.Status.REVOKED;
            s.activeNip = null;
            s.activeAgencyId = null;
            s.revokedAt = now;
            s.revokedBy = caller.name();
            s.revocationReason = reason.trim();
            em.flush();
            event(s.id, PactSignatureEvent.Action.REVOKED, s.revocationReason, now);
            events.record(DomainEventType.SIGNATURE_REVOKED, s.publicId, s.agencyCode, feedData(s));
            if (s.signerType == PactSignature.SignerType.INDIVIDU) {
                em.unwrap(Session.class).doWork(new PactCounters().add(s.election.id, s.agencyId, s.regionCode, -1)::apply);
            }
            return s;
        });
    }

    /** What the change feed tells of a signature: references and kinds, not the signer's name. */
    static Map<String, Object> feedData(PactSignature s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", s.publicId);
        data.put("electionCode", s.election.code);
        data.put("agencyCode", s.agencyCode);
        data.put("signerType", s.signerType.name());
        data.put("method", s.method.name());
        data.put("nip", s.signerNip);
        data.put("status", s.status.name());
        return data;
    }

    private void event(long signatureId, PactSignatureEvent.Action action, String reason, Instant at) {
        PactSignatureEvent e = new PactSignatureEvent();
        e.signatureId = signatureId;
        e.action = action;
        e.actor = caller.name();
        e.reason = reason;
        e.occurredAt = at;
        em.persist(e);
    }

    PactSignature byPublicId(String id) {
        PactSignature s = byPublicIdOrNull(id);
        if (s == null) {
            throw ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id);
        }
        return s;
    }

    private PactSignature byPublicIdOrNull(String id) {
        if (id == null || !Ids.isUuid(id)) {
            return null;
        }
        return em.createQuery("from PactSignature s where s.publicId = :id", PactSignature.class).setParameter("id", id)
                .getResultList().stream().findFirst().orElse(null);
    }
}
