-- The words and numbers a case is found by (GET /reports?q=): every word of its description and of
-- its reported persons' names, and each of its numbers whole (case, register, forward letter,
-- recommendation, external id, decrees), lower-cased, at most 100 characters. A search word matches
-- the start of a term, which the index on `term` serves; V705 fills it for the cases already filed.
CREATE TABLE report_search_term (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    report_id BIGINT       NOT NULL,
    term      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_report_search_term PRIMARY KEY (id),
    CONSTRAINT fk_report_search_term_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_search_term ON report_search_term (term, report_id);
CREATE INDEX idx_report_search_term_report ON report_search_term (report_id);
