package id.netralitas.pact;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.web.EntityTags;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Pact templates per election: versions that never change once signed. */
@RequestScoped
@Transactional
public class PactTemplateService {

    @Inject
    EntityManager em;

    @Inject
    ElectionService elections;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PactTemplate> list(String electionCode) {
        Election election = elections.get(electionCode);
        return em.createQuery("from PactTemplate t where t.election = :e order by t.templateVersion", PactTemplate.class)
                .setParameter("e", election).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PactTemplate get(String electionCode, int version) {
        Election election = elections.get(electionCode);
        return find(election, version).orElseThrow(() ->
                ApiException.notFound("PACT_TEMPLATE_NOT_FOUND", election.code, version));
    }

    public PactTemplate create(String electionCode, PactDtos.TemplateRequest request) {
        Election election = elections.get(electionCode);
        checkDates(request);
        Integer latest = em.createQuery("select max(t.templateVersion) from PactTemplate t where t.election = :e",
                Integer.class).setParameter("e", election).getSingleResult();
        PactTemplate template = new PactTemplate();
        template.election = election;
        template.templateVersion = latest == null ? 1 : latest + 1;
        template.createdBy = caller.name();
        apply(template, request);
        em.persist(template);
        em.flush();
        return template;
    }

    /** Changes a version in place, only while nobody has signed it: otherwise 409, and the change is a new version. */
    public PactTemplate update(String electionCode, int version, String ifMatch, PactDtos.TemplateRequest request) {
        PactTemplate template = get(electionCode, version);
        EntityTags.requireMatch(ifMatch, template.version);
        if (hasSignatures(template)) {
            throw ApiException.conflict("PACT_TEMPLATE_SIGNED", template.election.code, version);
        }
        checkDates(request);
        apply(template, request);
        em.flush();
        return template;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSignatures(PactTemplate template) {
        return !em.createQuery("select s.id from PactSignature s where s.template = :t", Long.class)
                .setParameter("t", template).setMaxResults(1).getResultList().isEmpty();
    }

    /** The version to sign: the one asked for, or the newest valid on the signing day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PactTemplate forSigning(Election election, Integer version, LocalDate day) {
        if (version != null) {
            PactTemplate template = find(election, version).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                    .violation(id.netralitas.common.error.FieldViolation.of("templateVersion", "PACT_TEMPLATE_UNKNOWN",
                            election.code, version)));
            if (!template.validOn(day)) {
                throw ApiException.conflict("PACT_TEMPLATE_NOT_VALID", election.code, version, day.toString());
            }
            return template;
        }
        return em.createQuery("from PactTemplate t where t.election = :e and t.validFrom <= :day "
                        + "and (t.validTo is null or t.validTo >= :day) order by t.templateVersion desc", PactTemplate.class)
                .setParameter("e", election).setParameter("day", day).setMaxResults(1).getResultList().stream()
                .findFirst().orElseThrow(() -> ApiException.conflict("PACT_TEMPLATE_NOT_AVAILABLE", election.code,
                        day.toString()));
    }

    private Optional<PactTemplate> find(Election election, int version) {
        return em.createQuery("from PactTemplate t where t.election = :e and t.templateVersion = :v", PactTemplate.class)
                .setParameter("e", election).setParameter("v", version).getResultList().stream().findFirst();
    }

    private static void checkDates(PactDtos.TemplateRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiException.invalidField("validTo", "DATE_ORDER", "validTo", "validFrom");
        }
    }

    private static void apply(PactTemplate template, PactDtos.TemplateRequest request) {
        template.title = request.title().trim();
        template.commitments.clear();
        request.commitments().forEach(c -> template.commitments.add(c.trim()));
        template.validFrom = request.validFrom();
        template.validTo = request.validTo();
    }
}
