-- Idempotency-Key support for creating POSTs: the first response of a (scope, key) is replayed
-- for the same request body; a different body under the same key is refused.
CREATE TABLE idempotency_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    scope            VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    request_sha256   CHAR(64)      NOT NULL,
    resource_id      VARCHAR(64)   NULL,
    response_status  INT           NULL,
    response_body    MEDIUMTEXT    NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_scope_key UNIQUE (scope, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_idempotency_created ON idempotency_record (created_at);
