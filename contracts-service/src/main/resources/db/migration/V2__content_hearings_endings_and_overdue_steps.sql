-- C5: who assists the beneficiary while drafting. C8: the hearing asked before signing.
-- C12: how and when the contract ended.
ALTER TABLE contract
    ADD COLUMN person_of_trust       VARCHAR(200),
    ADD COLUMN hearing_requested_on  DATE,
    ADD COLUMN hearing_held_on       DATE,
    ADD COLUMN hearing_outcome       VARCHAR(2000),
    ADD COLUMN ended_on              DATE,
    ADD COLUMN end_reason            VARCHAR(2000);

-- C3: what each party commits to, the CPAS included.
CREATE TABLE contract_commitment (
    contract_id UUID          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    party       VARCHAR(16)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (contract_id, position)
);

-- C6: partner organisations and what is expected of them.
CREATE TABLE contract_partner (
    contract_id  UUID          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    partner_id   UUID          NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    expectations VARCHAR(2000) NOT NULL,
    PRIMARY KEY (contract_id, position)
);

-- Every partner signs too (C9): a signature is now one per party and, for partners, per partner.
ALTER TABLE contract_signature DROP CONSTRAINT contract_signature_pkey;
ALTER TABLE contract_signature ADD COLUMN partner_id UUID;
CREATE UNIQUE INDEX contract_signature_once
    ON contract_signature (contract_id, party, COALESCE(partner_id, '00000000-0000-0000-0000-000000000000'));

-- C12: StepOverdue is published once per step; the job finds the candidates by due date.
ALTER TABLE contract_step ADD COLUMN done_on DATE, ADD COLUMN overdue_reported_on DATE;
CREATE INDEX contract_step_open_by_due_date ON contract_step (due_date) WHERE status = 'PLANNED' AND overdue_reported_on IS NULL;
