-- Violation reports (laporan, temuan, penerusan, internal) and what hangs on them at intake.

-- Case numbers NET-<year>-<6 digits>, one counter per year of receipt.
CREATE TABLE case_number_sequence (
    sequence_year INT    NOT NULL,
    last_value    BIGINT NOT NULL,
    CONSTRAINT pk_case_number_sequence PRIMARY KEY (sequence_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    public_id                CHAR(36)      NOT NULL,
    case_number              VARCHAR(20)   NOT NULL,
    origin                   VARCHAR(12)   NOT NULL,
    channel                  VARCHAR(20)   NOT NULL,
    election_id              BIGINT        NOT NULL,
    candidate_phase          VARCHAR(16)   NULL,
    candidate_name           VARCHAR(200)  NULL,
    candidate_office         VARCHAR(30)   NULL,
    incident_date            DATE          NOT NULL,
    known_date               DATE          NOT NULL,
    received_at              DATETIME(6)   NOT NULL,
    incident_region_code     VARCHAR(13)   NOT NULL,
    incident_place           VARCHAR(500)  NULL,
    description              TEXT          NOT NULL,
    anonymous                BOOLEAN       NOT NULL,
    confidential             BOOLEAN       NOT NULL,
    reporter_name_encrypted  VARCHAR(400)  NULL,
    reporter_nik_encrypted   VARCHAR(120)  NULL,
    reporter_phone_encrypted VARCHAR(200)  NULL,
    reporter_email_encrypted VARCHAR(600)  NULL,
    reporter_address_encrypted VARCHAR(1200) NULL,
    external_source          VARCHAR(40)   NULL,
    external_id              VARCHAR(100)  NULL,
    intake_authority_code    VARCHAR(60)   NULL,
    handling_authority_code  VARCHAR(60)   NOT NULL,
    status                   VARCHAR(40)   NOT NULL,
    status_changed_at        DATETIME(6)   NOT NULL,
    late_report              BOOLEAN       NOT NULL,
    reporting_deadline       DATE          NULL,
    possible_duplicate       BOOLEAN       NOT NULL DEFAULT FALSE,
    receipt_sha256           CHAR(64)      NULL,
    submitted_by             VARCHAR(100)  NOT NULL,
    submitted_role           VARCHAR(20)   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_report PRIMARY KEY (id),
    CONSTRAINT uk_report_public_id UNIQUE (public_id),
    CONSTRAINT uk_report_case_number UNIQUE (case_number),
    CONSTRAINT uk_report_external UNIQUE (external_source, external_id),
    CONSTRAINT uk_report_receipt UNIQUE (receipt_sha256),
    CONSTRAINT fk_report_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_report_region FOREIGN KEY (incident_region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_received ON report (received_at);
CREATE INDEX idx_report_election_received ON report (election_id, received_at);
CREATE INDEX idx_report_status_received ON report (status, received_at);
CREATE INDEX idx_report_region ON report (incident_region_code, received_at);
CREATE INDEX idx_report_origin ON report (origin, received_at);
CREATE INDEX idx_report_channel ON report (channel, received_at);
CREATE INDEX idx_report_late ON report (late_report, received_at);
CREATE INDEX idx_report_duplicate ON report (possible_duplicate, received_at);

-- The violation types suspected, each the catalogue version valid on the incident date.
CREATE TABLE report_violation_type (
    report_id         BIGINT      NOT NULL,
    violation_type_id BIGINT      NOT NULL,
    code              VARCHAR(60) NOT NULL,
    CONSTRAINT pk_report_violation_type PRIMARY KEY (report_id, violation_type_id),
    CONSTRAINT fk_rvt_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_rvt_violation_type FOREIGN KEY (violation_type_id) REFERENCES violation_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_rvt_code ON report_violation_type (code, report_id);

-- The civil servants a report names: by NIP when known (then linked to the register and its
-- agency), otherwise by name, agency text and position, to be linked to a NIP later.
CREATE TABLE report_employee (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    report_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    nip         CHAR(18)     NULL,
    employee_id BIGINT       NULL,
    agency_id   BIGINT       NULL,
    name        VARCHAR(150) NOT NULL,
    agency_text VARCHAR(255) NULL,
    jabatan     VARCHAR(255) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_report_employee PRIMARY KEY (id),
    CONSTRAINT uk_report_employee_position UNIQUE (report_id, position),
    CONSTRAINT fk_re_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_re_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_re_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_re_nip ON report_employee (nip, report_id);
CREATE INDEX idx_re_agency ON report_employee (agency_id, report_id);
CREATE INDEX idx_re_employee ON report_employee (employee_id);

-- Likely duplicates found at intake or when evidence is added; a person decides (MARK_DUPLICATE).
CREATE TABLE report_duplicate_candidate (
    report_id       BIGINT      NOT NULL,
    other_report_id BIGINT      NOT NULL,
    reason          VARCHAR(30) NOT NULL,
    found_at        DATETIME(6) NOT NULL,
    CONSTRAINT pk_report_duplicate_candidate PRIMARY KEY (report_id, other_report_id, reason),
    CONSTRAINT fk_rdc_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_rdc_other FOREIGN KEY (other_report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_rdc_other ON report_duplicate_candidate (other_report_id);

-- Evidence: an uploaded file (content in chunks, below) or a link.
CREATE TABLE report_evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    public_id     CHAR(36)      NOT NULL,
    report_id     BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(255)  NULL,
    content_type  VARCHAR(100)  NULL,
    size_bytes    BIGINT        NULL,
    sha256        CHAR(64)      NULL,
    url           VARCHAR(2000) NULL,
    url_sha256    CHAR(64)      NULL,
    description   VARCHAR(1000) NULL,
    added_by      VARCHAR(100)  NOT NULL,
    added_via     VARCHAR(20)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_report_evidence PRIMARY KEY (id),
    CONSTRAINT uk_report_evidence_public UNIQUE (public_id),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_evidence_report ON report_evidence (report_id, created_at);
CREATE INDEX idx_evidence_sha256 ON report_evidence (sha256);
CREATE INDEX idx_evidence_url ON report_evidence (url_sha256);

-- File content in chunks of at most 256 KiB: written and read as streams, never whole in memory,
-- and each row stays far below the server's packet limit.
CREATE TABLE report_evidence_chunk (
    evidence_id BIGINT     NOT NULL,
    seq         INT        NOT NULL,
    data        MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_report_evidence_chunk PRIMARY KEY (evidence_id, seq),
    CONSTRAINT fk_chunk_evidence FOREIGN KEY (evidence_id) REFERENCES report_evidence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Messages between officers and the reporter, and officers' internal notes.
CREATE TABLE report_message (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    public_id   CHAR(36)     NOT NULL,
    report_id   BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    body        TEXT         NOT NULL,
    author      VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_report_message PRIMARY KEY (id),
    CONSTRAINT uk_report_message_public UNIQUE (public_id),
    CONSTRAINT fk_message_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_message_report ON report_message (report_id, created_at);
