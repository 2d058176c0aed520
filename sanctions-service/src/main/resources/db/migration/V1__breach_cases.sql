-- What sanctions-service knows of each signed contract: whose it is (recidivism is counted per
-- beneficiary across contracts, S6) and the language of the beneficiary's letters.
CREATE TABLE sanctioned_contract (
    contract_id    UUID PRIMARY KEY,
    cpas           CHAR(5)     NOT NULL,
    beneficiary_id UUID        NOT NULL,
    language       VARCHAR(2),
    signed_on      DATE        NOT NULL
);

-- S5: what the CPAS owed on a contract and failed to do (a CPAS step overdue, an interview request
-- past its deadline), each once.
CREATE TABLE cpas_failure (
    id           UUID PRIMARY KEY,
    contract_id  UUID        NOT NULL,
    cpas         CHAR(5)     NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    reference_id UUID        NOT NULL,
    due_on       DATE        NOT NULL,
    UNIQUE (kind, reference_id)
);
CREATE INDEX cpas_failure_by_contract ON cpas_failure (contract_id, due_on);

-- S1-S8: a breach case, from its facts to the decision, its notification and its appeal.
CREATE TABLE breach_case (
    id                    UUID PRIMARY KEY,
    cpas                  CHAR(5)       NOT NULL,
    contract_id           UUID          NOT NULL,
    beneficiary_id        UUID          NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    opened_on             DATE          NOT NULL,
    notice_sent_on        DATE,
    notice_sent_by        VARCHAR(200),
    notice_expected       VARCHAR(4000),
    notice_respond_by     DATE,
    notice_letter_id      UUID,
    opinion               VARCHAR(8000),
    opinion_given_on      DATE,
    opinion_given_by      VARCHAR(200),
    hearing_requested_on  DATE,
    hearing_held_on       DATE,
    hearing_present       BOOLEAN,
    hearing_assisted_by   VARCHAR(300),
    hearing_summary       VARCHAR(8000),
    hearing_recorded_by   VARCHAR(200),
    legitimate_reason     VARCHAR(4000),
    legitimate_reason_on  DATE,
    decision              VARCHAR(16),
    scope                 VARCHAR(16),
    percentage            INTEGER,
    amount                NUMERIC(10, 2),
    length                VARCHAR(16),
    starts_on             DATE,
    ends_on               DATE,
    reasons               VARCHAR(8000),
    decided_on            DATE,
    decided_by            VARCHAR(200),
    cap_months            INTEGER,
    cap_reason            VARCHAR(1000),
    cpas_check            VARCHAR(2000),
    probation_months      INTEGER,
    probation_ends_on     DATE,
    posted_on             DATE,
    notified_on           DATE,
    appeal_deadline       DATE,
    tribunal_name         VARCHAR(300),
    tribunal_address      VARCHAR(300),
    decision_letter_id    UUID,
    notified_by           VARCHAR(200),
    executed_on           DATE,
    closed_on             DATE,
    created_at            TIMESTAMPTZ   NOT NULL,
    lock_version          BIGINT        NOT NULL
);
CREATE INDEX breach_case_by_status ON breach_case (cpas, status, id);
CREATE INDEX breach_case_by_contract ON breach_case (contract_id, status);
CREATE INDEX breach_case_by_beneficiary ON breach_case (cpas, beneficiary_id, decided_on);

CREATE TABLE breach_fact (
    id          UUID PRIMARY KEY,
    breach_id   UUID          NOT NULL REFERENCES breach_case (id),
    origin      VARCHAR(24)   NOT NULL,
    source_id   UUID,
    occurred_on DATE          NOT NULL,
    description VARCHAR(2000),
    position    INTEGER       NOT NULL,
    -- S1: one fact, one case, however often its event is delivered.
    UNIQUE (origin, source_id)
);
CREATE INDEX breach_fact_by_case ON breach_fact (breach_id, position);

-- S8: an appeal to the labour tribunal and its outcome.
CREATE TABLE appeal (
    id           UUID PRIMARY KEY,
    breach_id    UUID        NOT NULL REFERENCES breach_case (id),
    cpas         CHAR(5)     NOT NULL,
    filed_on     DATE        NOT NULL,
    outcome      VARCHAR(16),
    outcome_on   DATE,
    created_at   TIMESTAMPTZ NOT NULL,
    lock_version BIGINT      NOT NULL
);
CREATE INDEX appeal_pending ON appeal (cpas, filed_on, id) WHERE outcome IS NULL;
CREATE INDEX appeal_by_case ON appeal (breach_id);
