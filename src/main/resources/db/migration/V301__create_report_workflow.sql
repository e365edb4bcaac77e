-- The handling workflow: case fields set by transitions, per-employee tracks, and the history.

ALTER TABLE report ADD COLUMN registration_number   VARCHAR(100) NULL;
ALTER TABLE report ADD COLUMN forward_letter_number VARCHAR(100) NULL;
ALTER TABLE report ADD COLUMN gakkumdu              BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE report ADD COLUMN duplicate_of_id       BIGINT       NULL;
ALTER TABLE report ADD COLUMN decision_extended     BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE report ADD COLUMN deadline_kind         VARCHAR(40)  NULL;
ALTER TABLE report ADD COLUMN deadline_due          DATE         NULL;
ALTER TABLE report ADD COLUMN recommendation_issuer VARCHAR(60)  NULL;
ALTER TABLE report ADD COLUMN recommendation_number VARCHAR(100) NULL;
ALTER TABLE report ADD COLUMN recommendation_date   DATE         NULL;
ALTER TABLE report ADD CONSTRAINT fk_report_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES report (id);
CREATE INDEX idx_report_deadline ON report (deadline_due, status);

-- One track per reported employee once a case is recommended: each ASN has their own PPK and outcome.
CREATE TABLE report_track (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    report_id             BIGINT        NOT NULL,
    report_employee_id    BIGINT        NOT NULL,
    nip                   CHAR(18)      NOT NULL,
    employee_id           BIGINT        NOT NULL,
    agency_id             BIGINT        NOT NULL,
    status                VARCHAR(40)   NOT NULL,
    proven                BOOLEAN       NOT NULL,
    recommended_sanction  VARCHAR(60)   NULL,
    recommended_at        DATE          NOT NULL,
    deadline_due          DATE          NULL,
    escalation_level      VARCHAR(20)   NOT NULL,
    decree_number         VARCHAR(100)  NULL,
    decree_date           DATE          NULL,
    sanction_code         VARCHAR(60)   NULL,
    duration_months       INT           NULL,
    effective_date        DATE          NULL,
    sanctioned_at         DATE          NULL,
    appeal_kind           VARCHAR(30)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_report_track PRIMARY KEY (id),
    CONSTRAINT uk_report_track_nip UNIQUE (report_id, nip),
    CONSTRAINT fk_track_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_track_report_employee FOREIGN KEY (report_employee_id) REFERENCES report_employee (id),
    CONSTRAINT fk_track_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_track_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_track_agency_status ON report_track (agency_id, status);
CREATE INDEX idx_track_status_deadline ON report_track (status, deadline_due);
CREATE INDEX idx_track_nip ON report_track (nip);

-- The append-only history of every case: each event holds the hash of the event before it in the
-- whole log and the hash of its own canonical content, so a changed or removed row breaks the chain.
CREATE TABLE report_event (
    seq             BIGINT        NOT NULL,
    report_id       BIGINT        NOT NULL,
    track_nip       CHAR(18)      NULL,
    event_type      VARCHAR(30)   NOT NULL,
    action          VARCHAR(40)   NULL,
    from_state      VARCHAR(40)   NULL,
    to_state        VARCHAR(40)   NULL,
    actor           VARCHAR(100)  NOT NULL,
    actor_role      VARCHAR(20)   NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    note            TEXT          NULL,
    legal_basis     VARCHAR(500)  NULL,
    document_number VARCHAR(100)  NULL,
    details         TEXT          NULL,
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT pk_report_event PRIMARY KEY (seq),
    CONSTRAINT fk_event_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_event_report ON report_event (report_id, seq);

-- The head of the chain: the last sequence number and hash. Appending locks this one row, so events
-- get consecutive numbers in commit order.
CREATE TABLE report_event_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_report_event_head PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO report_event_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
