-- T5: the dossier as sent, and its delivery, retried with back-off until the other side acknowledges it.
ALTER TABLE outgoing_transfer
    ADD COLUMN dossier         TEXT,
    ADD COLUMN attempts        INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN last_error      VARCHAR(500),
    ADD COLUMN delivered_at    TIMESTAMPTZ;
-- The delivery job looks only at what still waits.
CREATE INDEX outgoing_transfer_to_deliver ON outgoing_transfer (next_attempt_at, id) WHERE status = 'REQUESTED';

-- T1-T3, T5: a dossier received for a CPAS this deployment serves, keyed by the sender's transfer id,
-- so that the same dossier received twice is kept once.
CREATE TABLE incoming_transfer (
    id                  UUID PRIMARY KEY,
    from_cpas           CHAR(5)     NOT NULL,
    to_cpas             CHAR(5)     NOT NULL,
    moved_on            DATE        NOT NULL,
    beneficiary_refused BOOLEAN     NOT NULL,
    dossier             TEXT        NOT NULL,
    status              VARCHAR(16) NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    lock_version        BIGINT      NOT NULL
);
CREATE INDEX incoming_transfer_by_cpas ON incoming_transfer (to_cpas, received_at, id);
