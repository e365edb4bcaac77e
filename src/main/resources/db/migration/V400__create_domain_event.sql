-- The change feed: every domain event is written here (an outbox) in the transaction of the change.
-- A writer inserts with position NULL; one sequencer at a time (holding the head row's lock) gives
-- committed events consecutive positions, so a reader paging by position never misses one that
-- commits late and never sees one twice.
CREATE TABLE domain_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    position      BIGINT        NULL,
    event_type    VARCHAR(40)   NOT NULL,
    subject       VARCHAR(60)   NOT NULL,
    report_id     BIGINT        NULL,
    agency_code   VARCHAR(40)   NULL,
    payload       TEXT          NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    sequenced_at  DATETIME(6)   NULL,
    CONSTRAINT pk_domain_event PRIMARY KEY (id),
    CONSTRAINT uk_domain_event_position UNIQUE (position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_domain_event_report ON domain_event (report_id);
CREATE INDEX idx_domain_event_agency ON domain_event (agency_code, position);

CREATE TABLE domain_event_head (
    id             INT     NOT NULL,
    last_position  BIGINT  NOT NULL,
    CONSTRAINT pk_domain_event_head PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO domain_event_head (id, last_position) VALUES (1, 0);

-- Webhook subscriptions and their deliveries. A delivery is claimed by one replica at a time with a
-- lease (a conditional UPDATE), so several replicas never send it twice; pending deliveries live
-- here, so a restart resumes them.
CREATE TABLE webhook_subscription (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    public_id         CHAR(36)       NOT NULL,
    url               VARCHAR(2000)  NOT NULL,
    description       VARCHAR(200)   NULL,
    secret_encrypted  VARCHAR(600)   NOT NULL,
    owner             VARCHAR(200)   NOT NULL,
    owner_role        VARCHAR(20)    NOT NULL,
    active            BOOLEAN        NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    deactivated_at    DATETIME(6)    NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id),
    CONSTRAINT uk_webhook_subscription_public UNIQUE (public_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_subscription_type (
    subscription_id  BIGINT       NOT NULL,
    event_type       VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_webhook_subscription_type PRIMARY KEY (subscription_id, event_type),
    CONSTRAINT fk_webhook_type_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_webhook_type_event ON webhook_subscription_type (event_type);

CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)      NOT NULL,
    subscription_id  BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    lease_owner      VARCHAR(100)  NULL,
    lease_until      DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6)   NULL,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery_public UNIQUE (public_id),
    CONSTRAINT uk_webhook_delivery_event UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES domain_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);

CREATE TABLE webhook_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id   BIGINT        NOT NULL,
    attempt       INT           NOT NULL,
    attempted_at  DATETIME(6)   NOT NULL,
    status_code   INT           NULL,
    error         VARCHAR(500)  NULL,
    duration_ms   BIGINT        NOT NULL,
    CONSTRAINT pk_webhook_attempt PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt);
