package id.netralitas.pact;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The history rows of signatures. */
@ApplicationScoped
public class PactSignatureEventRepository implements PanacheRepository<PactSignatureEvent> {

    public List<PactSignatureEvent> history(long signatureId) {
        return list("signatureId = ?1 order by occurredAt, id", signatureId);
    }

    public void append(long signatureId, PactSignatureEvent.Action action, String actor, String reason, Instant at) {
        PactSignatureEvent e = new PactSignatureEvent();
        e.signatureId = signatureId;
        e.action = action;
        e.actor = actor;
        e.reason = reason;
        e.occurredAt = at;
        persist(e);
    }
}
