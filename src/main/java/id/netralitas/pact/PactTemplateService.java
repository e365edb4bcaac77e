package id.netralitas.pact;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.Tagged;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.pact.api.TemplateRequest;
import id.netralitas.pact.api.TemplateResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Pact templates per election: versions that never change once signed. */
@RequestScoped
@Transactional
public class PactTemplateService {

    @Inject
    PactTemplateRepository templates;

    @Inject
    PactSignatureRepository signatures;

    @Inject
    ElectionService elections;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateResponse> list(String electionCode) {
        Election election = elections.get(electionCode);
        return templates.versions(election).stream()
                .map(t -> PactMapper.template(t, signatures.existsFor(t))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<TemplateResponse> get(String electionCode, int version) {
        PactTemplate t = find(electionCode, version);
        return new Tagged<>(PactMapper.template(t, signatures.existsFor(t)), t.version);
    }

    public Tagged<TemplateResponse> create(String electionCode, TemplateRequest request) {
        Election election = elections.get(electionCode);
        checkDates(request);
        PactTemplate template = new PactTemplate();
        template.election = election;
        template.templateVersion = templates.nextVersion(election);
        template.createdBy = caller.name();
        apply(template, request);
        templates.persistAndFlush(template);
        return new Tagged<>(PactMapper.template(template, false), template.version);
    }

    /** Changes a version in place, only while nobody has signed it: otherwise 409, and the change is a new version. */
    public Tagged<TemplateResponse> update(String electionCode, int version, String ifMatch, TemplateRequest request) {
        PactTemplate template = find(electionCode, version);
        EntityTags.requireMatch(ifMatch, template.version);
        if (signatures.existsFor(template)) {
            throw ApiException.conflict("PACT_TEMPLATE_SIGNED", template.election.code, version);
        }
        checkDates(request);
        apply(template, request);
        templates.flush();
        return new Tagged<>(PactMapper.template(template, false), template.version);
    }

    /**
     * The version to sign: the one asked for, or the newest valid on the signing day; locked so that the
     * signing fails should it change before the signing commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PactTemplate forSigning(Election election, Integer version, LocalDate day) {
        PactTemplate template;
        if (version != null) {
            template = templates.find(election, version).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                    .violation(FieldViolation.of("templateVersion", "PACT_TEMPLATE_UNKNOWN", election.code, version)));
            if (!template.validOn(day)) {
                throw ApiException.conflict("PACT_TEMPLATE_NOT_VALID", election.code, version, day.toString());
            }
        } else {
            template = templates.newestValidOn(election, day).orElseThrow(() ->
                    ApiException.conflict("PACT_TEMPLATE_NOT_AVAILABLE", election.code, day.toString()));
        }
        templates.lockForSigning(template);
        return template;
    }

    private PactTemplate find(String electionCode, int version) {
        Election election = elections.get(electionCode);
        return templates.find(election, version).orElseThrow(() ->
                ApiException.notFound("PACT_TEMPLATE_NOT_FOUND", election.code, version));
    }

    private static void checkDates(TemplateRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiException.invalidField("validTo", "DATE_ORDER", "validTo", "validFrom");
        }
    }

    private static void apply(PactTemplate template, TemplateRequest request) {
        template.title = request.title().trim();
        template.commitments.clear();
        request.commitments().forEach(c -> template.commitments.add(c.trim()));
        template.validFrom = request.validFrom();
        template.validTo = request.validTo();
    }
}
