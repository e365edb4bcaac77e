-- Pakta integritas: versioned templates per election, ceremonies where paper pacts were signed,
-- signatures (individual or institutional) with their history, and signature counters for coverage.

CREATE TABLE pact_template (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    election_id    BIGINT        NOT NULL,
    template_version INT         NOT NULL,
    title          VARCHAR(255)  NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE          NULL,
    created_by     VARCHAR(100)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_pact_template PRIMARY KEY (id),
    CONSTRAINT uk_pact_template_version UNIQUE (election_id, template_version),
    CONSTRAINT fk_pact_template_election FOREIGN KEY (election_id) REFERENCES election (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pact_template_commitment (
    template_id BIGINT        NOT NULL,
    list_index  INT           NOT NULL,
    commitment_text VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_pact_template_commitment PRIMARY KEY (template_id, list_index),
    CONSTRAINT fk_pact_template_commitment_template FOREIGN KEY (template_id) REFERENCES pact_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A ceremony where pacts were signed on paper (tanda tangan basah) and later registered.
CREATE TABLE pact_ceremony (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    public_id       CHAR(36)      NOT NULL,
    election_id     BIGINT        NOT NULL,
    agency_id       BIGINT        NOT NULL,
    ceremony_date   DATE          NOT NULL,
    place           VARCHAR(255)  NOT NULL,
    witnesses       VARCHAR(4000) NULL,
    document_sha256 CHAR(64)      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_pact_ceremony PRIMARY KEY (id),
    CONSTRAINT uk_pact_ceremony_public_id UNIQUE (public_id),
    CONSTRAINT fk_pact_ceremony_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_pact_ceremony_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_pact_ceremony_election_agency ON pact_ceremony (election_id, agency_id);
CREATE INDEX idx_pact_ceremony_agency ON pact_ceremony (agency_id);

-- A signature. The signer's fields are a snapshot taken at signing; content_sha256 covers them and
-- the template text. active_nip (individual) and active_agency_id (institutional) carry the value
-- only while the signature is valid, so the unique keys allow exactly one valid signature per NIP
-- (or per agency) and election, and a revoked one does not block a corrected signature.
CREATE TABLE pact_signature (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    public_id          CHAR(36)      NOT NULL,
    election_id        BIGINT        NOT NULL,
    template_id        BIGINT        NOT NULL,
    signer_type        VARCHAR(16)   NOT NULL,
    employee_id        BIGINT        NULL,
    signer_nip         CHAR(18)      NULL,
    signer_name        VARCHAR(150)  NOT NULL,
    signer_golongan    VARCHAR(8)    NULL,
    signer_jabatan     VARCHAR(255)  NULL,
    agency_id          BIGINT        NOT NULL,
    agency_code        VARCHAR(40)   NOT NULL,
    agency_name        VARCHAR(255)  NOT NULL,
    region_code        VARCHAR(13)   NULL,
    method             VARCHAR(32)   NOT NULL,
    ceremony_id        BIGINT        NULL,
    signed_at          DATETIME(6)   NOT NULL,
    content_sha256     CHAR(64)      NOT NULL,
    verification_code  CHAR(20)      NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    active_nip         CHAR(18)      NULL,
    active_agency_id   BIGINT        NULL,
    revoked_at         DATETIME(6)   NULL,
    revoked_by         VARCHAR(100)  NULL,
    revocation_reason  VARCHAR(1000) NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_pact_signature PRIMARY KEY (id),
    CONSTRAINT uk_pact_signature_public_id UNIQUE (public_id),
    CONSTRAINT uk_pact_signature_code UNIQUE (verification_code),
    CONSTRAINT uk_pact_signature_nip UNIQUE (election_id, active_nip),
    CONSTRAINT uk_pact_signature_agency UNIQUE (election_id, active_agency_id),
    CONSTRAINT fk_pact_signature_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_pact_signature_template FOREIGN KEY (template_id) REFERENCES pact_template (id),
    CONSTRAINT fk_pact_signature_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_pact_signature_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_pact_signature_ceremony FOREIGN KEY (ceremony_id) REFERENCES pact_ceremony (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_pact_signature_election_signed ON pact_signature (election_id, signed_at);
CREATE INDEX idx_pact_signature_agency_signed ON pact_signature (agency_id, election_id, signed_at);
CREATE INDEX idx_pact_signature_region ON pact_signature (region_code, election_id);
CREATE INDEX idx_pact_signature_nip ON pact_signature (signer_nip);
CREATE INDEX idx_pact_signature_template ON pact_signature (template_id);
CREATE INDEX idx_pact_signature_employee ON pact_signature (employee_id);
CREATE INDEX idx_pact_signature_ceremony ON pact_signature (ceremony_id);
CREATE INDEX idx_pact_signature_signed ON pact_signature (signed_at);

-- What happened to a signature: SIGNED, then possibly REVOKED with a reason. Never deleted.
CREATE TABLE pact_signature_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    signature_id BIGINT        NOT NULL,
    event_action VARCHAR(16)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    reason       VARCHAR(1000) NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_pact_signature_event PRIMARY KEY (id),
    CONSTRAINT fk_pact_signature_event_signature FOREIGN KEY (signature_id) REFERENCES pact_signature (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_pact_signature_event_signature ON pact_signature_event (signature_id, occurred_at);

-- Valid individual signatures per election, agency and region (the signer's at signing), kept in
-- the transaction that signs or revokes, so coverage never counts the signature table.
CREATE TABLE pact_signature_count (
    election_id  BIGINT      NOT NULL,
    agency_id    BIGINT      NOT NULL,
    region_code  VARCHAR(13) NOT NULL,
    signed_count BIGINT      NOT NULL DEFAULT 0,
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_pact_signature_count PRIMARY KEY (election_id, agency_id, region_code),
    CONSTRAINT fk_pact_signature_count_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_pact_signature_count_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_pact_signature_count_region ON pact_signature_count (election_id, region_code);
CREATE INDEX idx_pact_signature_count_agency ON pact_signature_count (agency_id);
