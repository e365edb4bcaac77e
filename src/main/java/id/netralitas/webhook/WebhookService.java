package id.netralitas.webhook;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.common.security.Roles;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.FeedScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Registering, renewing, reading and ending webhook subscriptions; an officer sees only their own,
 * an admin all.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookAttemptRepository attempts;

    @Transactional
    public WebhookSubscription create(WebhookDtos.SubscriptionRequest request) {
        String url = request.url().trim();
        checkTarget(url);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.eventTypes = EnumSet.copyOf(request.eventTypes());
        captureOwner(subscription);
        subscription.publicId = UUID.randomUUID().toString();
        subscription.url = url;
        subscription.description = request.description();
        subscription.secretEncrypted = cipher.encrypt(request.secret());
        subscription.owner = caller.name();
        subscription.active = true;
        subscription.createdAt = Instant.now();
        subscription.expiresAt = subscription.createdAt.plus(config.subscriptionLifetime());
        subscriptions.persist(subscription);
        return subscription;
    }

    /**
     * Renews a subscription for another lifetime from now. Only its owner can, with a current token:
     * the owner's role is read again and the event types checked against it, and the target is
     * checked again. An expired subscription can be renewed; an ended one cannot.
     */
    @Transactional
    public WebhookSubscription renew(String publicId) {
        WebhookSubscription subscription = get(publicId);
        if (!subscription.owner.equals(caller.name())) {
            throw ApiException.forbidden("WEBHOOK_SUBSCRIPTION_NOT_OWNER", publicId);
        }
        if (!subscription.active) {
            throw ApiException.conflict("WEBHOOK_SUBSCRIPTION_ENDED", publicId);
        }
        captureOwner(subscription);
        checkTarget(subscription.url);
        Instant now = Instant.now();
        subscription.renewedAt = now;
        subscription.expiresAt = now.plus(config.subscriptionLifetime());
        return subscription;
    }

    /**
     * Takes the caller's current role as the subscription owner's, refusing event types outside the
     * caller's scope: at registration and at every renewal, so a subscription keeps only what its
     * owner may still see.
     */
    private void captureOwner(WebhookSubscription subscription) {
        FeedScope scope = FeedScope.of(caller);
        List<String> refused = subscription.eventTypes.stream().filter(t -> !scope.admits(t)).map(Enum::name).sorted()
                .toList();
        if (!refused.isEmpty()) {
            throw ApiException.forbidden("WEBHOOK_EVENT_TYPE_NOT_ALLOWED", String.join(", ", refused));
        }
        subscription.ownerRole = caller.isAdmin() ? Roles.ADMIN : Roles.BAWASLU;
        subscription.ownerRegionCode = scope.region().orElse(null);
    }

    private void checkTarget(String url) {
        try {
            targets.check(url);
        } catch (WebhookTargets.Refused e) {
            LOG.infof("Webhook target refused: %s", e.getMessage());
            throw ApiException.unprocessable("WEBHOOK_TARGET_REFUSED", e.reason())
                    .violation(FieldViolation.of("url", "WEBHOOK_TARGET_REFUSED", e.reason()));
        }
    }

    public PageResponse<WebhookSubscription> list(PageParams page) {
        PanacheQuery<WebhookSubscription> query = caller.isAdmin()
                ? subscriptions.all()
                : subscriptions.ownedBy(caller.name());
        query.page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** The subscription, if the caller owns it (or is admin); otherwise 404 without revealing it exists. */
    public WebhookSubscription get(String publicId) {
        WebhookSubscription subscription = subscriptions.findByPublicId(publicId)
                .filter(s -> caller.isAdmin() || s.owner.equals(caller.name()))
                .orElseThrow(() -> ApiException.notFound("WEBHOOK_SUBSCRIPTION_NOT_FOUND", publicId));
        return subscription;
    }

    /** Ends a subscription: nothing new is queued, pending deliveries are cancelled. Repeating it is harmless. */
    @Transactional
    public WebhookSubscription deactivate(String publicId) {
        WebhookSubscription subscription = get(publicId);
        if (subscription.active) {
            subscription.active = false;
            subscription.deactivatedAt = Instant.now();
            deliveries.cancelPending(subscription.id);
        }
        return subscription;
    }

    public PageResponse<WebhookDtos.DeliveryResponse> deliveries(String publicId, PageParams page) {
        WebhookSubscription subscription = get(publicId);
        PanacheQuery<WebhookDelivery> query = deliveries.ofSubscription(subscription.id);
        query.page(page.page, page.size);
        List<WebhookDelivery> listed = query.list();
        if (listed.isEmpty()) {
            return PageResponse.of(List.of(), page, query.count());
        }
        List<Long> ids = listed.stream().map(d -> d.id).toList();
        Map<Long, List<WebhookAttempt>> attemptsOf = attempts.ofDeliveries(ids).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        List<Object[]> rows = deliveries.eventHeads(listed.stream().map(d -> d.eventId).distinct().toList());
        Map<Long, Object[]> events = rows.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), Function.identity()));
        List<WebhookDtos.DeliveryResponse> items = listed.stream().map(d -> {
            Object[] event = events.get(d.eventId);
            return new WebhookDtos.DeliveryResponse(d.publicId, ((Number) event[1]).longValue(),
                    DomainEventType.valueOf((String) event[2]), d.status, d.createdAt,
                    d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                    attemptsOf.getOrDefault(d.id, List.of()).stream().map(WebhookDtos.AttemptResponse::of).toList());
        }).toList();
        return PageResponse.of(items, page, query.count());
    }
}
