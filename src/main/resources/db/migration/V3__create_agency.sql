-- Agencies (instansi): central bodies and regional governments. The code is the stable public
-- identifier (paths, the ppk token's "agency" claim); the numeric id is internal, for joins.
CREATE TABLE agency (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    agency_type  VARCHAR(20)  NOT NULL,
    region_code  VARCHAR(13)  NULL,
    ppk_title    VARCHAR(255) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_agency_region ON agency (region_code);
CREATE INDEX idx_agency_type ON agency (agency_type, code);
CREATE INDEX idx_agency_name ON agency (name);
