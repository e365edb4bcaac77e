-- Single-column indexes on employee_type, jabatan_category and status have a handful of distinct
-- values each over millions of rows: no list or count uses them (lists are ordered by NIP or
-- narrowed by agency or region first, counts come from employee_headcount), and every import row
-- paid for maintaining them.
DROP INDEX idx_employee_type ON employee;
DROP INDEX idx_employee_jabatan ON employee;
DROP INDEX idx_employee_status ON employee;
