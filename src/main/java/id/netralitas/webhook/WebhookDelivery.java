package id.netralitas.webhook;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event to send to one subscription, with its retry state. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends GeneratedIdEntity {

    public enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    @Column(columnDefinition = "CHAR(36)")
    public String publicId;

    public Long subscriptionId;

    public Long eventId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    public Instant nextAttemptAt;

    public String leaseOwner;

    public Instant leaseUntil;

    public Instant createdAt;

    public Instant deliveredAt;
}
