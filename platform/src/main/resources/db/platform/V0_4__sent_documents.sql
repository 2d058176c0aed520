-- A3: every letter sent to a beneficiary (convocation, reminder, formal notice, decision), kept
-- byte for byte with the day it was sent and its SHA-256, so that it can be proved later.
-- Rows are only ever inserted.
CREATE TABLE sent_document (
    id          UUID PRIMARY KEY,
    cpas        CHAR(5)     NOT NULL,
    subject_id  UUID        NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    language    VARCHAR(2)  NOT NULL,
    sent_on     DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    content     BYTEA       NOT NULL
);

CREATE INDEX sent_document_by_subject ON sent_document (subject_id, recorded_at);
