-- A block of an employee's personnel data belongs to the case whose escalation set it: the employee
-- stays blocked while any case's block stands, and a case's decree lifts only its own block.
CREATE TABLE personnel_block (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    employee_id BIGINT       NOT NULL,
    case_id     BIGINT       NOT NULL,
    reference   VARCHAR(100) NOT NULL,
    blocked_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_personnel_block PRIMARY KEY (id),
    CONSTRAINT fk_personnel_block_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_personnel_block_case FOREIGN KEY (case_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_personnel_block_employee ON personnel_block (employee_id);
CREATE INDEX idx_personnel_block_case ON personnel_block (case_id);

-- The blocks standing today, each given to the case whose follow-up is at the blocking level.
INSERT INTO personnel_block (employee_id, case_id, reference, blocked_at)
SELECT e.id, t.report_id, e.blocked_reference, COALESCE(e.blocked_at, CURRENT_TIMESTAMP(6))
FROM employee e
JOIN report_track t ON t.employee_id = e.id AND t.escalation_level = 'BLOKIR_DATA' AND t.status = 'MENUNGGU_TINDAK_LANJUT_PPK'
WHERE e.personnel_blocked = TRUE AND e.blocked_reference IS NOT NULL;
