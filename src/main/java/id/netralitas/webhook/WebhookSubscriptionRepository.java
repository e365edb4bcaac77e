package id.netralitas.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepository<WebhookSubscription> {

    public Optional<WebhookSubscription> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /** Every subscription, oldest first. */
    public PanacheQuery<WebhookSubscription> all() {
        return find("order by id");
    }

    /** The subscriptions of one owner, oldest first. */
    public PanacheQuery<WebhookSubscription> ownedBy(String owner) {
        return find("owner = ?1 order by id", owner);
    }
}
