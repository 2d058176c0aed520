-- What transfer-service knows of each contract from contracts-service's events: whose, whether a
-- student's (T4), whether still running (T1).
CREATE TABLE known_contract (
    contract_id    UUID PRIMARY KEY,
    cpas           CHAR(5)     NOT NULL,
    beneficiary_id UUID        NOT NULL,
    student        BOOLEAN     NOT NULL,
    signed_on      DATE        NOT NULL,
    ended_on       DATE,
    outcome        VARCHAR(16)
);

-- T1, T3, T4: a transfer started by the CPAS the beneficiary leaves.
CREATE TABLE outgoing_transfer (
    id                   UUID PRIMARY KEY,
    cpas                 CHAR(5)     NOT NULL,
    to_cpas              CHAR(5)     NOT NULL,
    contract_id          UUID        NOT NULL,
    beneficiary_id       UUID        NOT NULL,
    moved_on             DATE        NOT NULL,
    beneficiary_refused  BOOLEAN     NOT NULL,
    studies_ended_on     DATE,
    status               VARCHAR(16) NOT NULL,
    requested_on         DATE        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    lock_version         BIGINT      NOT NULL
);
CREATE INDEX outgoing_transfer_by_cpas ON outgoing_transfer (cpas, requested_on, id);
-- T1: one transfer at a time for a contract.
CREATE UNIQUE INDEX outgoing_transfer_one_per_contract ON outgoing_transfer (contract_id) WHERE status <> 'CANCELLED';
