package id.netralitas.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creating POSTs : the same key and body replay the
 * first outcome; the same key with another body is 422 {@code IDEMPOTENCY_KEY_REUSED}. Keys are
 * scoped by operation and caller. Two requests racing with one key meet the unique constraint on
 * (scope, key): one wins, the other gets 409 and, when it retries, the replay.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    @Inject
    IdempotencyRecordRepository records;

    @Inject
    ObjectMapper json;

    /** Checks the header's form: 1 to 255 visible ASCII characters; absent is fine. */
    public static Optional<String> key(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(header).matches()) {
            throw ApiException.invalidField(HEADER, "IDEMPOTENCY_KEY_INVALID");
        }
        return Optional.of(header);
    }

    /**
     * The earlier outcome for this key, if any.
     *
     * @throws ApiException 422 when the key was used with a different request body
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IdempotencyRecord> replay(String scope, String key, String requestSha256) {
        Optional<IdempotencyRecord> found = records.find("scope = ?1 and idempotencyKey = ?2", scope, key).firstResultOptional();
        if (found.isPresent() && !found.get().requestSha256.equals(requestSha256)) {
            throw ApiException.unprocessable("IDEMPOTENCY_KEY_REUSED", key);
        }
        return found;
    }

    /** Records the outcome, in the caller's transaction (so it commits with what was created). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String requestSha256, String resourceId, Integer status,
                         String body) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.idempotencyKey = key;
        record.requestSha256 = requestSha256;
        record.resourceId = resourceId;
        record.responseStatus = status;
        record.responseBody = body;
        record.createdAt = Instant.now();
        records.persist(record);
    }

    /** The fingerprint of a request body that a key is bound to: SHA-256 of its JSON form. */
    public String requestHash(Object body) {
        try {
            return Hashes.sha256(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request body that was read as JSON could not be written back", e);
        }
    }
}
