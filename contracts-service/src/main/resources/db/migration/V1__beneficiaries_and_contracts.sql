CREATE TABLE beneficiary (
    id                UUID PRIMARY KEY,
    cpas              CHAR(5)      NOT NULL,
    ssin              CHAR(11)     NOT NULL,
    first_name        VARCHAR(200) NOT NULL,
    last_name         VARCHAR(200) NOT NULL,
    birth_date        DATE         NOT NULL,
    language          VARCHAR(2)   NOT NULL,
    ris_decision_date DATE,
    created_at        TIMESTAMPTZ  NOT NULL,
    version           INTEGER      NOT NULL,
    -- One file per person and CPAS (X1); the NISS is the person's identity (X3).
    CONSTRAINT beneficiary_ssin_per_cpas UNIQUE (cpas, ssin)
);

CREATE TABLE contract (
    id                 UUID PRIMARY KEY,
    cpas               CHAR(5)     NOT NULL,
    beneficiary_id     UUID        NOT NULL REFERENCES beneficiary (id),
    type               VARCHAR(16) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    start_date         DATE        NOT NULL,
    end_date           DATE        NOT NULL,
    referent_worker    VARCHAR(200),
    replacement_worker VARCHAR(200),
    handed_over_on     DATE,
    reflection_ends_on DATE,
    signed_on          DATE,
    content_version    INTEGER     NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    lock_version       BIGINT      NOT NULL
);

-- Lists are always scoped to one CPAS (X1) and paged by id (keyset).
CREATE INDEX contract_by_cpas_status ON contract (cpas, status, id);
CREATE INDEX contract_by_beneficiary ON contract (beneficiary_id);

CREATE TABLE contract_goal (
    id          UUID PRIMARY KEY,
    contract_id UUID         NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    title       VARCHAR(500) NOT NULL
);
CREATE INDEX contract_goal_by_contract ON contract_goal (contract_id);

CREATE TABLE contract_step (
    id          UUID PRIMARY KEY,
    goal_id     UUID          NOT NULL REFERENCES contract_goal (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    responsible VARCHAR(16)   NOT NULL,
    due_date    DATE,
    status      VARCHAR(16)   NOT NULL
);
CREATE INDEX contract_step_by_goal ON contract_step (goal_id);

CREATE TABLE contract_signature (
    contract_id UUID        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    party       VARCHAR(16) NOT NULL,
    signed_on   DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_id, party)
);
