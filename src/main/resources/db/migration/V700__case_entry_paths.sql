-- Entry paths beside Bawaslu's: a case forwarded with its letter, a complaint verified by the task
-- force, and an agency's own examination under PP 94/2021 (summons, minutes, examination team).
ALTER TABLE report ADD COLUMN forward_letter_date        DATE         NULL;
ALTER TABLE report ADD COLUMN summons_count              INT          NOT NULL DEFAULT 0;
ALTER TABLE report ADD COLUMN examination_minutes_number VARCHAR(100) NULL;
ALTER TABLE report ADD COLUMN examination_team_decree    VARCHAR(100) NULL;
-- The day of the latest step (intake or transition): a step recorded later, with the day it happened
-- (occurredOn), may not be dated before it.
ALTER TABLE report ADD COLUMN last_step_on               DATE         NULL;
-- The day the case was received where it was first filed: today, or the day an integration client's
-- register received a case it pushes later (receivedOn); deadlines and lateness count from it.
ALTER TABLE report ADD COLUMN received_on                DATE         NULL;

-- Messages between the ppk and the verifier on one employee's follow-up.
ALTER TABLE report_message ADD COLUMN track_nip CHAR(18) NULL;
CREATE INDEX idx_report_message_track ON report_message (report_id, track_nip);

-- Documents of one employee's follow-up (summons, examination minutes, decree, its delivery), each
-- recorded by its number, date and the SHA-256 of the signed scan the agency keeps.
CREATE TABLE track_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    public_id     CHAR(36)     NOT NULL,
    report_id     BIGINT       NOT NULL,
    track_nip     CHAR(18)     NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    number        VARCHAR(100) NOT NULL,
    document_date DATE         NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_track_document PRIMARY KEY (id),
    CONSTRAINT uk_track_document_public_id UNIQUE (public_id),
    CONSTRAINT uk_track_document_sha256 UNIQUE (report_id, track_nip, sha256),
    CONSTRAINT fk_track_document_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The time limits of the new entry paths, for every election already defined (later elections carry
-- them in their own rules). The amounts are working assumptions where the regulation is silent.
INSERT INTO election_deadline_rule (election_id, deadline_kind, amount, unit, counted_from, regulation_id, article_id, note)
SELECT e.id, k.kind, k.amount, k.unit, k.counted_from, (SELECT r.id FROM regulation r WHERE r.code = k.regulation), NULL, k.note
FROM election e
CROSS JOIN (
    SELECT 'SATGAS_VERIFICATION' AS kind, 7 AS amount, 'DAYS' AS unit,
           'the receipt of the complaint (SBT, SP4N-LAPOR!)' AS counted_from, 'SKB-2022' AS regulation,
           '[R] BKN''s SBT flow of 2024 gives the neutrality task force 7 days to verify a complaint; whether they are working days is not verified [U].' AS note
    UNION ALL
    SELECT 'INTERNAL_SUMMONS', 7, 'WORKING_DAYS', 'the day the superior learned of the suspected breach', 'PP-94-2021',
           '[U] PP 94/2021 Pasal 26 obliges the direct superior to summon and examine; the 7 working days are an assumption, the limit is not verified.'
    UNION ALL
    SELECT 'INTERNAL_EXAMINATION', 14, 'WORKING_DAYS', 'the date of the (latest) summons', 'PP-94-2021',
           '[U] The examination, the examination team for moderate and severe sanctions and the conclusion; no limit was verified, 14 working days are an assumption.'
    UNION ALL
    SELECT 'OBJECTION', 14, 'WORKING_DAYS', 'the date of the disciplinary decree', 'PP-79-2021',
           '[U] PP 79/2021 gives the employee an objection (keberatan) against a decree other than dismissal; the commonly cited 14 working days are not verified, nor whether they run from the decree or its delivery.'
    UNION ALL
    SELECT 'ADMINISTRATIVE_APPEAL', 14, 'WORKING_DAYS', 'the date of the dismissal decree', 'PP-79-2021',
           '[U] PP 79/2021 gives the employee an administrative appeal (banding administratif) to BPASN against a dismissal; the commonly cited 14 working days are not verified.'
) k
WHERE NOT EXISTS (SELECT 1 FROM election_deadline_rule x WHERE x.election_id = e.id AND x.deadline_kind = k.kind);
