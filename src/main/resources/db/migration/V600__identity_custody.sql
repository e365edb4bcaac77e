-- Reporter identity custody (docs/security.md): requests to see a reporter's identity, decided by a
-- custodian; the log of every disclosure; the erasure of reporter contact data after a case closes;
-- and the region a regional officer's webhook subscription is limited to.

CREATE TABLE identity_access_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)      NOT NULL,
    report_id        BIGINT        NOT NULL,
    requested_by     VARCHAR(200)  NOT NULL,
    requester_role   VARCHAR(20)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    decided_by       VARCHAR(200)  NULL,
    decision_note    VARCHAR(2000) NULL,
    decided_at       DATETIME(6)   NULL,
    valid_until      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_identity_access_request PRIMARY KEY (id),
    CONSTRAINT uk_identity_access_request_public UNIQUE (public_id),
    CONSTRAINT fk_identity_access_request_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_identity_access_request_report ON identity_access_request (report_id, id);
CREATE INDEX idx_identity_access_request_status ON identity_access_request (status, id);

-- Append-only: who saw a reporter's identity, when, and on what ground.
CREATE TABLE identity_disclosure (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    report_id        BIGINT        NOT NULL,
    disclosed_to     VARCHAR(200)  NOT NULL,
    recipient_role   VARCHAR(20)   NOT NULL,
    ground           VARCHAR(20)   NOT NULL,
    request_id       BIGINT        NULL,
    operation        VARCHAR(60)   NOT NULL,
    disclosed_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_identity_disclosure PRIMARY KEY (id),
    CONSTRAINT fk_identity_disclosure_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_identity_disclosure_request FOREIGN KEY (request_id) REFERENCES identity_access_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_identity_disclosure_report ON identity_disclosure (report_id, id);

ALTER TABLE report ADD COLUMN reporter_contact_erased_at DATETIME(6) NULL;
CREATE INDEX idx_report_contact_retention ON report (status, status_changed_at);

ALTER TABLE webhook_subscription ADD COLUMN owner_region_code VARCHAR(13) NULL;
