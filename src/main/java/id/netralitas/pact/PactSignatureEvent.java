package id.netralitas.pact;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The history of a signature: who signed or registered it, who revoked it and why. Append-only. */
@Entity
@Table(name = "pact_signature_event")
public class PactSignatureEvent extends GeneratedIdEntity {

    public enum Action { SIGNED, REVOKED }

    @Column(updatable = false)
    public Long signatureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_action", updatable = false)
    public Action action;

    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public String reason;

    @Column(updatable = false)
    public Instant occurredAt;
}
