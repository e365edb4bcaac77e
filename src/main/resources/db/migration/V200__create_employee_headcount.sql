-- Active employees per agency and duty-station region: a small derived table that pact coverage
-- reads instead of counting the employee register (millions of rows) on every request. Kept up to
-- date in the same transaction by every writer of the register (EmployeeService and the bulk
-- import, through EmployeeHeadcount); seeded here from the employees that exist already.
CREATE TABLE employee_headcount (
    agency_id    BIGINT      NOT NULL,
    region_code  VARCHAR(13) NOT NULL,
    active_count BIGINT      NOT NULL DEFAULT 0,
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_employee_headcount PRIMARY KEY (agency_id, region_code),
    CONSTRAINT fk_employee_headcount_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_employee_headcount_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_employee_headcount_region ON employee_headcount (region_code);

INSERT INTO employee_headcount (agency_id, region_code, active_count)
SELECT agency_id, region_code, COUNT(*) FROM employee WHERE status = 'AKTIF' GROUP BY agency_id, region_code;
