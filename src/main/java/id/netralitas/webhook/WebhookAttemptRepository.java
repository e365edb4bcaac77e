package id.netralitas.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepository<WebhookAttempt> {

    /** The attempts of these deliveries, by delivery then attempt number. */
    public List<WebhookAttempt> ofDeliveries(Collection<Long> deliveryIds) {
        return list("deliveryId in ?1 order by deliveryId, attempt", deliveryIds);
    }
}
