-- C10: every version of a contract's content stays readable; version 1 is the signed contract.
CREATE TABLE contract_version (
    contract_id UUID        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    version     INTEGER     NOT NULL,
    content     TEXT        NOT NULL,
    agreed_on   DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_id, version)
);

-- C10: an amendment asked by either side, and the agreement of every party (C6: partners too).
CREATE TABLE contract_amendment (
    id           UUID PRIMARY KEY,
    contract_id  UUID          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    cpas         CHAR(5)       NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    content      TEXT          NOT NULL,
    proposed_on  DATE          NOT NULL,
    agreed_on    DATE,
    version      INTEGER,
    lock_version BIGINT        NOT NULL
);
CREATE INDEX contract_amendment_by_contract ON contract_amendment (contract_id);
CREATE UNIQUE INDEX contract_amendment_one_pending ON contract_amendment (contract_id) WHERE agreed_on IS NULL;

CREATE TABLE contract_amendment_agreement (
    amendment_id UUID        NOT NULL REFERENCES contract_amendment (id) ON DELETE CASCADE,
    party        VARCHAR(16) NOT NULL,
    partner_id   UUID,
    signed_on    DATE        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX contract_amendment_agreement_once
    ON contract_amendment_agreement (amendment_id, party, COALESCE(partner_id, '00000000-0000-0000-0000-000000000000'));
