-- Regulations (laws, government regulations, joint decrees, circulars, court decisions, regional
-- instruments) and their articles. A regulation is in force on D when effective_date <= D and
-- (in_force_until IS NULL OR in_force_until >= D).
CREATE TABLE regulation (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    code              VARCHAR(80)   NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    reg_number        VARCHAR(100)  NOT NULL,
    reg_year          INT           NOT NULL,
    citation          VARCHAR(120)  NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    issuer            VARCHAR(255)  NOT NULL,
    signed_date       DATE          NULL,
    effective_date    DATE          NOT NULL,
    in_force_until    DATE          NULL,
    repealed_by_id    BIGINT        NULL,
    scope_region_code VARCHAR(13)   NULL,
    gazette           VARCHAR(200)  NULL,
    summary           VARCHAR(2000) NOT NULL,
    note              VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_regulation PRIMARY KEY (id),
    CONSTRAINT uk_regulation_code UNIQUE (code),
    CONSTRAINT fk_regulation_repealed_by FOREIGN KEY (repealed_by_id) REFERENCES regulation (id),
    CONSTRAINT fk_regulation_scope_region FOREIGN KEY (scope_region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_regulation_kind ON regulation (kind, reg_year);
CREATE INDEX idx_regulation_year ON regulation (reg_year);
CREATE INDEX idx_regulation_in_force ON regulation (effective_date, in_force_until);
CREATE INDEX idx_regulation_repealed_by ON regulation (repealed_by_id);
CREATE INDEX idx_regulation_scope_region ON regulation (scope_region_code);

-- The separate numbers of a joint decree (one per signing authority), in signing order.
CREATE TABLE regulation_signatory_number (
    regulation_id BIGINT       NOT NULL,
    list_index    INT          NOT NULL,
    signatory     VARCHAR(120) NOT NULL,
    sig_number    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_regulation_signatory_number PRIMARY KEY (regulation_id, list_index),
    CONSTRAINT fk_regulation_signatory_number FOREIGN KEY (regulation_id) REFERENCES regulation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Articles: pasal, ayat, huruf, angka; an absent part is stored as '' so that the unique key
-- also holds for references without ayat/huruf/angka. sort_key orders them numerically.
CREATE TABLE regulation_article (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    regulation_id BIGINT        NOT NULL,
    pasal         VARCHAR(10)   NOT NULL,
    ayat          VARCHAR(10)   NOT NULL DEFAULT '',
    huruf         VARCHAR(5)    NOT NULL DEFAULT '',
    angka         VARCHAR(10)   NOT NULL DEFAULT '',
    sort_key      VARCHAR(64)   NOT NULL,
    summary       VARCHAR(1000) NOT NULL,
    note          VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_regulation_article PRIMARY KEY (id),
    CONSTRAINT uk_regulation_article UNIQUE (regulation_id, pasal, ayat, huruf, angka),
    CONSTRAINT fk_regulation_article_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_regulation_article_sort ON regulation_article (regulation_id, sort_key);
