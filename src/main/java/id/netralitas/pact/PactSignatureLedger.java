package id.netralitas.pact;

import id.netralitas.common.security.Caller;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows every signing and revocation, in its transaction: the history row, the change feed's
 * event and, for individual signatures, the coverage counter.
 */
@RequestScoped
public class PactSignatureLedger {

    @Inject
    PactSignatureEventRepository history;

    @Inject
    PactCountWriter counts;

    @Inject
    DomainEvents events;

    @Inject
    Caller caller;

    void signed(PactSignature s, Instant at) {
        history.append(s.id, PactSignatureEvent.Action.SIGNED, caller.name(), null, at);
        events.record(DomainEventType.SIGNATURE_CREATED, s.publicId, s.agencyCode, feedData(s));
        count(s, 1);
    }

    void revoked(PactSignature s, Instant at) {
        history.append(s.id, PactSignatureEvent.Action.REVOKED, caller.name(), s.revocationReason, at);
        events.record(DomainEventType.SIGNATURE_REVOKED, s.publicId, s.agencyCode, feedData(s));
        count(s, -1);
    }

    /** The feed events and counters of a batch's signatures; their history rows are written with them. */
    void signedAll(List<PactSignature> batch, PactCountWriter.Deltas deltas) {
        events.recordAll(DomainEventType.SIGNATURE_CREATED, batch.stream().map(s ->
                new DomainEvents.Event(s.publicId, s.agencyCode, feedData(s))).toList());
        batch.forEach(s -> deltas.add(s.election.id, s.agencyId, s.regionCode, 1));
    }

    private void count(PactSignature s, long delta) {
        if (s.signerType == PactSignature.SignerType.INDIVIDU) {
            counts.add(s.election.id, s.agencyId, s.regionCode, delta);
        }
    }

    /** What the change feed tells of a signature: references and kinds, not the signer's name. */
    private static Map<String, Object> feedData(PactSignature s) {
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
}
