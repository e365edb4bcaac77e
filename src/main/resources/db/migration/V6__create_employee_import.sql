-- Bulk imports of the register: one job per uploaded file, and its rejected rows.
CREATE TABLE employee_import_job (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    public_id      CHAR(36)      NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    submitted_by   VARCHAR(100)  NOT NULL,
    agency_scope   VARCHAR(40)   NULL,
    file_sha256    CHAR(64)      NOT NULL,
    file_bytes     BIGINT        NOT NULL,
    rows_read      BIGINT        NOT NULL DEFAULT 0,
    inserted       BIGINT        NOT NULL DEFAULT 0,
    updated        BIGINT        NOT NULL DEFAULT 0,
    unchanged      BIGINT        NOT NULL DEFAULT 0,
    rejected       BIGINT        NOT NULL DEFAULT 0,
    failure        VARCHAR(1000) NULL,
    heartbeat_at   DATETIME(6)   NULL,
    started_at     DATETIME(6)   NULL,
    finished_at    DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_employee_import_job PRIMARY KEY (id),
    CONSTRAINT uk_employee_import_job_public UNIQUE (public_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_import_job_status ON employee_import_job (status, created_at);

CREATE TABLE employee_import_error (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    job_id       BIGINT        NOT NULL,
    line_number  BIGINT        NOT NULL,
    field        VARCHAR(100)  NOT NULL,
    code         VARCHAR(100)  NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(1000) NULL,
    CONSTRAINT pk_employee_import_error PRIMARY KEY (id),
    CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES employee_import_job (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_import_error_job ON employee_import_error (job_id, line_number);
