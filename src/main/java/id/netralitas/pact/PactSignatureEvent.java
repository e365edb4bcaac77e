package id.netralitas.pact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The history of a signature: who signed or registered it, who revoked it and why. Append-only. */
@Entity
@Table(name = "pact_signature_event")
public class PactSignatureEvent {

    public enum Action { SIGNED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "signature_id", nullable = false, updatable = false)
    public Long signatureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_action", nullable = false, length = 16, updatable = false)
    public Action action;

    @Column(nullable = false, length = 100, updatable = false)
    public String actor;

    @Column(length = 1000, updatable = false)
    public String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
