package id.netralitas.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    /** Pending deliveries due at {@code now} and not leased, earliest first. */
    public List<Long> dueIds(Instant now, int limit) {
        return getEntityManager()
                .createQuery("select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now "
                        + "and (d.leaseUntil is null or d.leaseUntil < :now) order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Leases a pending delivery whose lease is free or expired; true when this caller won it. */
    public boolean lease(long id, String owner, Instant until, Instant now) {
        return update("leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and status = ?4 "
                + "and (leaseUntil is null or leaseUntil < ?5)", owner, until, id, WebhookDelivery.Status.PENDING, now) == 1;
    }

    /** Cancels one delivery and frees its lease. */
    public void cancel(long id) {
        update("status = ?1, leaseOwner = null, leaseUntil = null where id = ?2", WebhookDelivery.Status.CANCELLED, id);
    }

    /** Cancels what is still pending for a subscription. */
    public void cancelPending(long subscriptionId) {
        update("status = ?1 where subscriptionId = ?2 and status = ?3",
                WebhookDelivery.Status.CANCELLED, subscriptionId, WebhookDelivery.Status.PENDING);
    }

    /** A subscription's deliveries, newest first. */
    public PanacheQuery<WebhookDelivery> ofSubscription(long subscriptionId) {
        return find("subscriptionId = ?1 order by id desc", subscriptionId);
    }

    /** Position and type of the delivered events: rows of (id, position, event_type). */
    @SuppressWarnings("unchecked")
    public List<Object[]> eventHeads(Collection<Long> eventIds) {
        return getEntityManager()
                .createNativeQuery("SELECT id, position, event_type FROM domain_event WHERE id IN (:ids)")
                .setParameter("ids", eventIds)
                .getResultList();
    }
}
