-- A3: every copy handed to the beneficiary is kept as it was, with the day it was handed over,
-- so that it can be proved later. Rows are only inserted.
CREATE TABLE contract_document (
    id              UUID PRIMARY KEY,
    contract_id     UUID        NOT NULL REFERENCES contract (id),
    cpas            CHAR(5)     NOT NULL,
    version         INTEGER     NOT NULL,
    language        VARCHAR(2)  NOT NULL,
    handed_over_on  DATE        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    content         BYTEA       NOT NULL
);
CREATE INDEX contract_document_by_contract ON contract_document (contract_id, recorded_at);
