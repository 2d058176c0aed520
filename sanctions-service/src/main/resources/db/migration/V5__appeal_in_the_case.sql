-- S8: the case keeps the day it was appealed and the judgment, so that its status follows from what it recorded.
ALTER TABLE breach_case
    ADD COLUMN appealed_on    DATE,
    ADD COLUMN appeal_outcome VARCHAR(16);

UPDATE breach_case b
SET appealed_on = a.filed_on, appeal_outcome = a.outcome
FROM appeal a
WHERE a.breach_id = b.id;
