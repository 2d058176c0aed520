-- C1: the RIS history that decides whether a PIIS is compulsory, and the signing deadline it sets.
ALTER TABLE beneficiary
    ADD COLUMN previous_ris_ended_on         DATE,
    ADD COLUMN cpas_employment_ended_on      DATE,
    ADD COLUMN exempted                      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN deadline_restarted_on         DATE,
    ADD COLUMN contract_signed_on            DATE,
    ADD COLUMN signing_deadline              DATE,
    ADD COLUMN deadline_missed_reported_on   DATE;

-- "Whose deadline falls in the next 14 days" and the job that reports missed deadlines.
CREATE INDEX beneficiary_by_signing_deadline ON beneficiary (cpas, signing_deadline, id) WHERE signing_deadline IS NOT NULL;
CREATE INDEX beneficiary_deadline_unreported ON beneficiary (signing_deadline)
    WHERE signing_deadline IS NOT NULL AND deadline_missed_reported_on IS NULL;

-- C2: the CPAS decided that no PIIS is required, on one of three grounds.
CREATE TABLE exemption (
    id             UUID PRIMARY KEY,
    cpas           CHAR(5)       NOT NULL,
    beneficiary_id UUID          NOT NULL REFERENCES beneficiary (id),
    ground         VARCHAR(32)   NOT NULL,
    justification  VARCHAR(4000) NOT NULL,
    decided_by     VARCHAR(200)  NOT NULL,
    decided_on     DATE          NOT NULL,
    lifted_on      DATE,
    created_at     TIMESTAMPTZ   NOT NULL,
    lock_version   BIGINT        NOT NULL
);
CREATE INDEX exemption_by_beneficiary ON exemption (beneficiary_id);
-- At most one exemption in force per beneficiary.
CREATE UNIQUE INDEX exemption_one_in_force ON exemption (beneficiary_id) WHERE lifted_on IS NULL;
