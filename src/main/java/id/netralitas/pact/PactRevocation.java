package id.netralitas.pact;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.Tagged;
import id.netralitas.pact.api.SignatureResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Revoking a signature: it stays, marked REVOKED with the reason in its history, stops counting, and
 * its NIP (or agency) may sign again.
 */
@RequestScoped
@Transactional
public class PactRevocation {

    @Inject
    PactSignatureRepository signatures;

    @Inject
    PactSignatureEventRepository history;

    @Inject
    PactSignatureLedger ledger;

    @Inject
    Caller caller;

    /** The revoked signature with its history. */
    public Tagged<SignatureResponse> revoke(String id, String ifMatch, String reason) {
        PactSignature s = signatures.byPublicId(id)
                .orElseThrow(() -> ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id));
        EntityTags.requireMatch(ifMatch, s.version);
        if (s.status == PactSignature.Status.REVOKED) {
            throw ApiException.conflict("PACT_SIGNATURE_REVOKED", id);
        }
        // The column keeps microseconds: the answer shows the time as it is stored.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        s.status = PactSignature.Status.REVOKED;
        s.activeNip = null;
        s.activeAgencyId = null;
        s.revokedAt = now;
        s.revokedBy = caller.name();
        s.revocationReason = reason.trim();
        signatures.flush();
        ledger.revoked(s, now);
        return new Tagged<>(PactMapper.signature(s, history.history(s.id)), s.version);
    }
}
