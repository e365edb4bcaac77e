-- Administrative regions (Kemendagri codes). Codes are stored dotted ("74.71").
-- Descendant queries use the dotted prefix ("74.%"), which the primary key index serves.
CREATE TABLE region (
    code         VARCHAR(13)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    region_level VARCHAR(16)  NOT NULL,
    parent_code  VARCHAR(13)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_region PRIMARY KEY (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_region_parent ON region (parent_code, code);
CREATE INDEX idx_region_level ON region (region_level, code);
CREATE INDEX idx_region_name ON region (name);
