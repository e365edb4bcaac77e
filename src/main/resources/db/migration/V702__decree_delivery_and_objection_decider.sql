-- The decree's delivery to the employee and its copy to BKN, each a step of the follow-up: the
-- number of the receipt or covering letter and the day it happened.
ALTER TABLE report_track ADD COLUMN decree_delivery_number VARCHAR(100) NULL;
ALTER TABLE report_track ADD COLUMN decree_delivered_on    DATE         NULL;
ALTER TABLE report_track ADD COLUMN bkn_copy_number        VARCHAR(100) NULL;
ALTER TABLE report_track ADD COLUMN bkn_copy_on            DATE         NULL;

-- Who decides an objection or an administrative appeal is part of its rule, beside the time limit:
-- the role that records the decision (verifier or ppk).
ALTER TABLE election_deadline_rule ADD COLUMN decided_by VARCHAR(20) NULL;
UPDATE election_deadline_rule SET decided_by = 'verifier'
WHERE deadline_kind IN ('OBJECTION', 'ADMINISTRATIVE_APPEAL') AND decided_by IS NULL;
UPDATE election_deadline_rule
SET note = CONCAT(COALESCE(note, ''), ' [U] Decided here by the authority (verifier) on the decision it receives; PP 94/2021 names the superior of the official who imposed the sanction (objection) and BPASN (appeal).')
WHERE deadline_kind IN ('OBJECTION', 'ADMINISTRATIVE_APPEAL') AND (note IS NULL OR CHAR_LENGTH(note) < 800);
