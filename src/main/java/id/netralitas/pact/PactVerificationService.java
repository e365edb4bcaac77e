package id.netralitas.pact;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.ReadableCodes;
import id.netralitas.common.web.ClientLimit;
import id.netralitas.common.web.ReceiptLimitConfig;
import id.netralitas.pact.api.VerificationResponse;
import id.netralitas.pact.api.VerificationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Public receipt check (no account): finds the signature by its verification code, recomputes the
 * content hash from the stored template and signer fields, and answers VALID, REVOKED, or ALTERED
 * (the stored record no longer matches its hash). Unknown codes are 404, counted per client as with
 * report receipts ({@code @RateLimited} on the endpoint).
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PactVerificationService {

    /** Look-ups of verification codes that no signature has. */
    static final String FAILURE_POLICY = "pact-receipt-failure";

    @Inject
    PactSignatureRepository signatures;

    @Produces
    @Singleton
    static ClientLimit failureLimit(ReceiptLimitConfig config) {
        return new ClientLimit(FAILURE_POLICY, config.failureLimit(), config.failureWindow());
    }

    public VerificationResponse verify(String code) {
        String canonical = ReadableCodes.normalize(code).orElse(null);
        PactSignature s = canonical == null ? null : signatures.byVerificationCode(canonical).orElse(null);
        if (s == null) {
            throw ApiException.notFound("PACT_RECEIPT_NOT_FOUND");
        }
        String recomputed = PactContent.sha256(PactContent.canonical(s, s.template));
        boolean matches = ReadableCodes.sameHash(recomputed, s.contentSha256);
        VerificationStatus status = !matches ? VerificationStatus.ALTERED
                : s.status == PactSignature.Status.REVOKED ? VerificationStatus.REVOKED
                : VerificationStatus.VALID;
        return new VerificationResponse(status, matches, s.election.code, s.election.name,
                s.template.templateVersion, s.signerType, PactContent.maskName(s.signerName), s.agencyCode, s.agencyName,
                LocalDate.ofInstant(s.signedAt, CalendarService.ZONE), s.method, s.contentSha256, recomputed,
                s.revokedAt == null ? null : LocalDate.ofInstant(s.revokedAt, CalendarService.ZONE));
    }
}
