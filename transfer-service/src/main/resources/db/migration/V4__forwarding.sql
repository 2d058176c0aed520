-- T6: a dossier that reached this system for a CPAS it does not serve is forwarded to the competent
-- one within 5 calendar days, retried like a delivery, and the beneficiary is told by letter.
ALTER TABLE incoming_transfer
    ADD COLUMN forward_by      DATE,
    ADD COLUMN forwarded_on    DATE,
    ADD COLUMN attempts        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN last_error      VARCHAR(500),
    ADD COLUMN letter_id       UUID;
CREATE INDEX incoming_transfer_to_forward ON incoming_transfer (next_attempt_at, id) WHERE status = 'FORWARDING';
