-- Versioned catalogues that later records reference: sanctions, violation types and handling
-- authorities. An entry is (code, revision); a change closes the current revision's valid_to and
-- adds the next revision, so an old revision is never rewritten and stays readable. Legal bases are
-- ordered lists of (regulation, optional article).

CREATE TABLE sanction (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(60)   NOT NULL,
    revision       INT           NOT NULL,
    sanction_level VARCHAR(16)   NOT NULL,
    description_id VARCHAR(500)  NOT NULL,
    description_en VARCHAR(500)  NOT NULL,
    duration_months INT          NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE          NULL,
    note           VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_sanction PRIMARY KEY (id),
    CONSTRAINT uk_sanction_code_revision UNIQUE (code, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_sanction_level ON sanction (sanction_level, valid_from, valid_to);
CREATE INDEX idx_sanction_validity ON sanction (valid_from, valid_to);

CREATE TABLE sanction_employee_type (
    sanction_id   BIGINT     NOT NULL,
    employee_type VARCHAR(8) NOT NULL,
    CONSTRAINT pk_sanction_employee_type PRIMARY KEY (sanction_id, employee_type),
    CONSTRAINT fk_sanction_employee_type FOREIGN KEY (sanction_id) REFERENCES sanction (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_sanction_employee_type ON sanction_employee_type (employee_type, sanction_id);

CREATE TABLE sanction_legal_basis (
    sanction_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    regulation_id BIGINT NOT NULL,
    article_id BIGINT NULL,
    CONSTRAINT pk_sanction_legal_basis PRIMARY KEY (sanction_id, list_index),
    CONSTRAINT fk_sanction_legal_basis_owner FOREIGN KEY (sanction_id) REFERENCES sanction (id),
    CONSTRAINT fk_sanction_legal_basis_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_sanction_legal_basis_article FOREIGN KEY (article_id) REFERENCES regulation_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_sanction_legal_basis_regulation ON sanction_legal_basis (regulation_id);
CREATE INDEX idx_sanction_legal_basis_article ON sanction_legal_basis (article_id);

CREATE TABLE violation_type (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    code                   VARCHAR(60)   NOT NULL,
    revision               INT           NOT NULL,
    category               VARCHAR(20)   NOT NULL,
    description_id         VARCHAR(1000) NOT NULL,
    description_en         VARCHAR(1000) NOT NULL,
    default_sanction_level VARCHAR(16)   NULL,
    source_regulation_id   BIGINT        NOT NULL,
    valid_from             DATE          NOT NULL,
    valid_to               DATE          NULL,
    note                   VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_violation_type PRIMARY KEY (id),
    CONSTRAINT uk_violation_type_code_revision UNIQUE (code, revision),
    CONSTRAINT fk_violation_type_source FOREIGN KEY (source_regulation_id) REFERENCES regulation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_violation_type_category ON violation_type (category, valid_from, valid_to);
CREATE INDEX idx_violation_type_validity ON violation_type (valid_from, valid_to);
CREATE INDEX idx_violation_type_source ON violation_type (source_regulation_id);

CREATE TABLE violation_type_phase (
    violation_type_id BIGINT      NOT NULL,
    candidate_phase   VARCHAR(16) NOT NULL,
    CONSTRAINT pk_violation_type_phase PRIMARY KEY (violation_type_id, candidate_phase),
    CONSTRAINT fk_violation_type_phase FOREIGN KEY (violation_type_id) REFERENCES violation_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_violation_type_phase ON violation_type_phase (candidate_phase, violation_type_id);

CREATE TABLE violation_type_sanction_level (
    violation_type_id BIGINT      NOT NULL,
    sanction_level    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_violation_type_sanction_level PRIMARY KEY (violation_type_id, sanction_level),
    CONSTRAINT fk_violation_type_sanction_level FOREIGN KEY (violation_type_id) REFERENCES violation_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE violation_type_legal_basis (
    violation_type_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    regulation_id BIGINT NOT NULL,
    article_id BIGINT NULL,
    CONSTRAINT pk_violation_type_legal_basis PRIMARY KEY (violation_type_id, list_index),
    CONSTRAINT fk_violation_type_legal_basis_owner FOREIGN KEY (violation_type_id) REFERENCES violation_type (id),
    CONSTRAINT fk_violation_type_legal_basis_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_violation_type_legal_basis_article FOREIGN KEY (article_id) REFERENCES regulation_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_violation_type_legal_basis_regulation ON violation_type_legal_basis (regulation_id);
CREATE INDEX idx_violation_type_legal_basis_article ON violation_type_legal_basis (article_id);

CREATE TABLE authority (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(60)   NOT NULL,
    revision           INT           NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    authority_function VARCHAR(20)   NOT NULL,
    description_id     VARCHAR(1000) NOT NULL,
    description_en     VARCHAR(1000) NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_to           DATE          NULL,
    note               VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_authority PRIMARY KEY (id),
    CONSTRAINT uk_authority_code_revision UNIQUE (code, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_authority_function ON authority (authority_function, valid_from, valid_to);
CREATE INDEX idx_authority_validity ON authority (valid_from, valid_to);

CREATE TABLE authority_legal_basis (
    authority_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    regulation_id BIGINT NOT NULL,
    article_id BIGINT NULL,
    CONSTRAINT pk_authority_legal_basis PRIMARY KEY (authority_id, list_index),
    CONSTRAINT fk_authority_legal_basis_owner FOREIGN KEY (authority_id) REFERENCES authority (id),
    CONSTRAINT fk_authority_legal_basis_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_authority_legal_basis_article FOREIGN KEY (article_id) REFERENCES regulation_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_authority_legal_basis_regulation ON authority_legal_basis (regulation_id);
CREATE INDEX idx_authority_legal_basis_article ON authority_legal_basis (article_id);
