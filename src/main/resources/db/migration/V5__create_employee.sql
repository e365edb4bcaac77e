-- The ASN register, keyed by NIP. Birth date, sex and appointment date are not stored: they are
-- read from the NIP. The NIK is stored encrypted (AES-GCM) and only ever shown masked or to roles
-- that need it. name_key is the name lower-cased with single spaces, for index-friendly search.
CREATE TABLE employee (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    nip               CHAR(18)     NOT NULL,
    name              VARCHAR(150) NOT NULL,
    name_key          VARCHAR(150) NOT NULL,
    employee_type     VARCHAR(8)   NOT NULL,
    golongan          VARCHAR(8)   NOT NULL,
    pangkat           VARCHAR(60)  NULL,
    jabatan_category  VARCHAR(20)  NOT NULL,
    jabatan_name      VARCHAR(255) NOT NULL,
    unit_kerja        VARCHAR(255) NULL,
    agency_id         BIGINT       NOT NULL,
    region_code       VARCHAR(13)  NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    nik_encrypted     VARCHAR(120) NULL,
    personnel_blocked BOOLEAN      NOT NULL DEFAULT FALSE,
    blocked_reference VARCHAR(255) NULL,
    blocked_at        DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by        VARCHAR(100) NULL,
    CONSTRAINT pk_employee PRIMARY KEY (id),
    CONSTRAINT uk_employee_nip UNIQUE (nip),
    CONSTRAINT fk_employee_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_employee_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_employee_agency_name ON employee (agency_id, name_key);
CREATE INDEX idx_employee_agency_status ON employee (agency_id, status);
CREATE INDEX idx_employee_region_name ON employee (region_code, name_key);
CREATE INDEX idx_employee_name ON employee (name_key);
CREATE INDEX idx_employee_type ON employee (employee_type);
CREATE INDEX idx_employee_jabatan ON employee (jabatan_category);
CREATE INDEX idx_employee_status ON employee (status);

-- Who changed an employee's status, when, from what to what.
CREATE TABLE employee_status_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    employee_id  BIGINT       NOT NULL,
    from_status  VARCHAR(40)  NULL,
    to_status    VARCHAR(40)  NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_via  VARCHAR(20)  NOT NULL,
    note         VARCHAR(500) NULL,
    changed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_employee_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_status_change_employee ON employee_status_change (employee_id, changed_at);
