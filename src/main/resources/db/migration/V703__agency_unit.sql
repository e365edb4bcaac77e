-- The units (OPD and below) of an agency, as a tree: dinas, badan, the secretariat's bagian,
-- kecamatan and kelurahan offices, schools, puskesmas. `path` holds the codes from the root down
-- ("/SETDA/BAG-HUKUM/"), so a depth-first listing is an ordered read and a unit's subtree one prefix.
CREATE TABLE agency_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id   BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    path        VARCHAR(400) NOT NULL,
    depth       INT          NOT NULL,
    region_code VARCHAR(13)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_agency_unit PRIMARY KEY (id),
    CONSTRAINT uk_agency_unit_code UNIQUE (agency_id, code),
    CONSTRAINT fk_agency_unit_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_unit_parent FOREIGN KEY (parent_id) REFERENCES agency_unit (id),
    CONSTRAINT fk_agency_unit_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_agency_unit_path ON agency_unit (agency_id, path);
CREATE INDEX idx_agency_unit_parent ON agency_unit (parent_id);
