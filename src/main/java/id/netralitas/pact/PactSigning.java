package id.netralitas.pact;

import id.netralitas.agency.AgencyRepository;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.pact.api.SignatureRequest;
import id.netralitas.pact.api.SignatureResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Signing a pact. Exactly one valid individual signature per NIP and election (one institutional one
 * per agency and election) is enforced by unique keys: a second attempt is 409 {@code PACT_ALREADY_SIGNED}
 * with the existing signature, also when two requests race (the loser's insert fails on the key, and
 * the winner's row is looked up and named).
 */
@RequestScoped
public class PactSigning {

    @Inject
    PactIdempotency once;

    @Inject
    PactSigners signers;

    @Inject
    PactSignatureRepository signatures;

    @Inject
    PactSignatureLedger ledger;

    @Inject
    ElectionService elections;

    @Inject
    AgencyRepository agencies;

    @Inject
    Caller caller;

    /** A signature and whether this request created it (false: an Idempotency-Key replay). */
    public record Signed(SignatureResponse signature, boolean created) {
    }

    public Signed sign(SignatureRequest request, Optional<String> idempotencyKey) {
        try {
            return once.inNewTransaction("pact-signature", idempotencyKey, request,
                    earlier -> new Signed(PactMapper.signature(signatures.byPublicId(earlier.resourceId)
                            .orElseThrow(() -> notFound(earlier.resourceId)), null), false),
                    () -> new Signed(PactMapper.signature(signNow(request), null), true),
                    signed -> new PactIdempotency.Outcome(signed.signature().id(), 201, null));
        } catch (RuntimeException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent request signed first: name its signature, as the pre-check would have.
            Optional<String> existing = once.inNewTransaction(() -> existingFor(request));
            if (existing.isPresent()) {
                throw alreadySigned(existing.get());
            }
            throw e;
        }
    }

    private PactSignature signNow(SignatureRequest r) {
        Election election = signers.election(r.electionCode(), "electionCode");
        PactSignature.SignerType type = r.signerType() == null ? PactSignature.SignerType.INDIVIDU : r.signerType();
        boolean asn = !caller.isAdmin() && !caller.hasRole(Roles.PPK);
        PactSignature.Method method = asn ? ownMethod(r, type) : registeredMethod(r, type);
        PactSigner signer = type == PactSignature.SignerType.INDIVIDU
                ? signers.individual(asn ? caller.requireNip() : r.nip(), election, asn)
                : signers.institution(r.agencyCode(), r.signerName(), r.nip(), election);
        PactCeremony ceremony = null;
        if (method == PactSignature.Method.TANDA_TANGAN_BASAH) {
            ceremony = signers.ceremony(r.ceremonyId(), r.ceremony(), election, signer.agency());
        } else {
            requireNoCeremony(r);
        }
        Instant now = PactContent.signingTime(Instant.now());
        LocalDate day = ceremony != null ? ceremony.ceremonyDate : LocalDate.ofInstant(now, CalendarService.ZONE);
        PactTemplate template = signers.template(election, r.templateVersion(), day);
        Optional<String> existing = type == PactSignature.SignerType.INDIVIDU
                ? signatures.validByNip(election, signer.nip()) : signatures.validByAgency(election, signer.agency().id);
        if (existing.isPresent()) {
            throw alreadySigned(existing.get());
        }
        PactSignature s = signer.sign(election, template, method, ceremony, now, caller.name());
        signatures.persistAndFlush(s);
        ledger.signed(s, now);
        return s;
    }

    /** An asn signs only itself, electronically, without a ceremony. */
    private PactSignature.Method ownMethod(SignatureRequest r, PactSignature.SignerType type) {
        if (type != PactSignature.SignerType.INDIVIDU) {
            throw ApiException.forbidden("PACT_SIGNER_TYPE_NOT_ALLOWED", type);
        }
        PactSignature.Method method = r.method() == null ? PactSignature.Method.PERSETUJUAN_ELEKTRONIK : r.method();
        if (method != PactSignature.Method.PERSETUJUAN_ELEKTRONIK) {
            throw ApiException.forbidden("PACT_METHOD_NOT_ALLOWED", method);
        }
        String own = caller.requireNip();
        if (r.nip() != null && !r.nip().equals(own)) {
            throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", r.nip());
        }
        requireNoCeremony(r);
        return method;
    }

    /** A ppk or admin registers an employee's paper signature, or signs for the agency either way. */
    private static PactSignature.Method registeredMethod(SignatureRequest r, PactSignature.SignerType type) {
        PactSignature.Method method = r.method() == null ? PactSignature.Method.TANDA_TANGAN_BASAH : r.method();
        if (type == PactSignature.SignerType.INDIVIDU && method != PactSignature.Method.TANDA_TANGAN_BASAH) {
            throw ApiException.forbidden("PACT_METHOD_NOT_ALLOWED", method);
        }
        return method;
    }

    private static void requireNoCeremony(SignatureRequest r) {
        if (r.ceremony() != null || r.ceremonyId() != null) {
            throw ApiException.invalidField(r.ceremony() != null ? "ceremony" : "ceremonyId", "PACT_CEREMONY_NOT_EXPECTED");
        }
    }

    /** The valid signature a lost race ran into, looked up as the pre-check would have. */
    private Optional<String> existingFor(SignatureRequest r) {
        Election election = elections.find(r.electionCode().trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (election == null) {
            return Optional.empty();
        }
        if (r.signerType() == PactSignature.SignerType.INSTANSI) {
            String code = caller.isAdmin() ? r.agencyCode() : caller.agencyCode().orElse(null);
            return code == null ? Optional.empty() : agencies.findByCode(code.trim().toUpperCase(Locale.ROOT))
                    .flatMap(a -> signatures.validByAgency(election, a.id));
        }
        String nip = r.nip() != null ? r.nip() : caller.nip().orElse(null);
        return nip == null ? Optional.empty() : signatures.validByNip(election, nip);
    }

    private static ApiException alreadySigned(String existingId) {
        return ApiException.conflict("PACT_ALREADY_SIGNED", existingId).with("existingSignatureId", existingId)
                .header("Location", "/api/v1/pact-signatures/" + existingId);
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id);
    }
}
