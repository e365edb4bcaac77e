package id.netralitas.pact;

import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pact's creating POSTs under an Idempotency-Key: each runs in a transaction of its own that
 * commits the key's record with what it created, so that after a lost race (a unique key, a deadlock)
 * nothing is left and the caller can look up the winner or try again.
 */
@RequestScoped
public class PactIdempotency {

    @Inject
    IdempotencyService idempotency;

    @Inject
    Caller caller;

    /** What a first request leaves for its replays. */
    record Outcome(String resourceId, int status, String body) {
    }

    /**
     * Runs {@code work} in a new transaction, or answers with {@code replay} when the key was used for
     * this operation, caller and body before.
     */
    <T> T inNewTransaction(String operation, Optional<String> key, Object request,
                           Function<IdempotencyRecord, T> replay, Supplier<T> work, Function<T, Outcome> outcome) {
        String scope = operation + ":" + caller.name();
        String requestSha256 = idempotency.requestHash(request);
        return inNewTransaction(() -> {
            if (key.isPresent()) {
                Optional<IdempotencyRecord> earlier = idempotency.replay(scope, key.get(), requestSha256);
                if (earlier.isPresent()) {
                    return replay.apply(earlier.get());
                }
            }
            T answer = work.get();
            if (key.isPresent()) {
                Outcome o = outcome.apply(answer);
                idempotency.remember(scope, key.get(), requestSha256, o.resourceId(), o.status(), o.body());
            }
            return answer;
        });
    }

    /** A unit of its own, committed (or rolled back) before this returns. */
    <T> T inNewTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
