package id.netralitas.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepository<IdempotencyRecord> {
}
