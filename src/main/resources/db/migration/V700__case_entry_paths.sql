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

-- The time limits of the new entry paths, for every election already defined (later elections carry
-- them in their own rules). The amounts are working assumptions where the regulation is silent.
INSERT INTO election_deadline_rule (election_id, deadline_kind, amount, unit, counted_from, regulation_id, article_id, note)
SELECT e.id, 'SATGAS_VERIFICATION', 7, 'DAYS', 'the receipt of the complaint (SBT, SP4N-LAPOR!)',
       (SELECT r.id FROM regulation r WHERE r.code = 'SKB-2022'), NULL,
       '[R] BKN''s SBT flow of 2024 gives the neutrality task force 7 days to verify a complaint; whether they are working days is not verified [U].'
FROM election e
WHERE NOT EXISTS (SELECT 1 FROM election_deadline_rule x WHERE x.election_id = e.id AND x.deadline_kind = 'SATGAS_VERIFICATION');

INSERT INTO election_deadline_rule (election_id, deadline_kind, amount, unit, counted_from, regulation_id, article_id, note)
SELECT e.id, 'INTERNAL_SUMMONS', 7, 'WORKING_DAYS', 'the day the superior learned of the suspected breach',
       (SELECT r.id FROM regulation r WHERE r.code = 'PP-94-2021'), NULL,
       '[U] PP 94/2021 Pasal 26 obliges the direct superior to summon and examine; the 7 working days are an assumption, the limit is not verified.'
FROM election e
WHERE NOT EXISTS (SELECT 1 FROM election_deadline_rule x WHERE x.election_id = e.id AND x.deadline_kind = 'INTERNAL_SUMMONS');

INSERT INTO election_deadline_rule (election_id, deadline_kind, amount, unit, counted_from, regulation_id, article_id, note)
SELECT e.id, 'INTERNAL_EXAMINATION', 14, 'WORKING_DAYS', 'the date of the (latest) summons',
       (SELECT r.id FROM regulation r WHERE r.code = 'PP-94-2021'), NULL,
       '[U] The examination, the examination team for moderate and severe sanctions and the conclusion; no limit was verified, 14 working days are an assumption.'
FROM election e
WHERE NOT EXISTS (SELECT 1 FROM election_deadline_rule x WHERE x.election_id = e.id AND x.deadline_kind = 'INTERNAL_EXAMINATION');
