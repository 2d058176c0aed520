-- S7, S8: the execution of a deferred sanction is notified like a decision: the new breach it
-- rests on, its reasons, who decided it, and the registered letter with the tribunal and the
-- appeal deadline it names.
ALTER TABLE breach_case
    ADD COLUMN new_breach_on              DATE,
    ADD COLUMN execution_reasons          VARCHAR(8000),
    ADD COLUMN execution_decided_by       VARCHAR(200),
    ADD COLUMN execution_posted_on        DATE,
    ADD COLUMN execution_notified_on      DATE,
    ADD COLUMN execution_appeal_deadline  DATE,
    ADD COLUMN execution_tribunal_name    VARCHAR(300),
    ADD COLUMN execution_tribunal_address VARCHAR(300),
    ADD COLUMN execution_letter_id        UUID;
