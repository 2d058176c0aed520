-- One plan per signed contract (E1); the primary key makes a second plan for a contract impossible.
CREATE TABLE evaluation_plan (
    contract_id    UUID PRIMARY KEY,
    cpas           CHAR(5)     NOT NULL,
    beneficiary_id UUID        NOT NULL,
    start_date     DATE        NOT NULL,
    end_date       DATE        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE evaluation (
    id          UUID PRIMARY KEY,
    contract_id UUID        NOT NULL REFERENCES evaluation_plan (contract_id),
    cpas        CHAR(5)     NOT NULL,
    planned_on  DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    lock_version BIGINT     NOT NULL
);

-- A contract's evaluations in date order, within one CPAS (X1), paged by (planned_on, id).
CREATE INDEX evaluation_by_contract ON evaluation (cpas, contract_id, planned_on, id);
-- Every CPAS's upcoming evaluations (convocations, reminders, missed evaluations).
CREATE INDEX evaluation_by_date ON evaluation (cpas, planned_on, id);
