package id.netralitas.webhook;

import id.netralitas.common.persistence.GeneratedIdEntity;
import id.netralitas.event.DomainEventType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A registered webhook: where to send which events, and the secret deliveries are signed with. It
 * lasts until {@link #expiresAt}: the owner renews it with a current token, which checks their role
 * again, so a subscription does not outlive its owner's authority.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends GeneratedIdEntity {

    @Column(columnDefinition = "CHAR(36)")
    public String publicId;

    public String url;

    public String description;

    /** The signing secret, encrypted at rest; never returned by the API. */
    public String secretEncrypted;

    public String owner;

    public String ownerRole;

    /** The owner's region claim at subscription time: deliveries carry only that region's events. */
    public String ownerRegionCode;

    public boolean active;

    public Instant createdAt;

    public Instant deactivatedAt;

    /** No event sequenced at or after this time is delivered, nor anything queued before it sent. */
    public Instant expiresAt;

    public Instant renewedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_subscription_type", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type")
    @Enumerated(EnumType.STRING)
    public Set<DomainEventType> eventTypes = EnumSet.noneOf(DomainEventType.class);

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
