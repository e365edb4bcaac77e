package id.netralitas.common.idempotency;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first outcome of a creating request made under an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends GeneratedIdEntity {

    /** The operation and the caller, so that keys of different clients never meet. */
    public String scope;

    public String idempotencyKey;

    /** SHA-256 (hex) of the request body: the same key with another body is refused. */
    @Column(columnDefinition = "CHAR(64)")
    public String requestSha256;

    /** Public id of what the first request created, when the answer is read afresh from it. */
    public String resourceId;

    public Integer responseStatus;

    /** The first response body, when it is replayed as it was. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String responseBody;

    public Instant createdAt;
}
