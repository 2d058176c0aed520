-- What a plan needs from its contract to follow it: whether it is a student's (E7), who is in charge (lists per social worker),
-- the beneficiary's language (A1 letters), the version last applied (C10 amendments) and its end.
ALTER TABLE evaluation_plan
    ADD COLUMN student            BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN contract_version   INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN referent_worker    VARCHAR(200),
    ADD COLUMN replacement_worker VARCHAR(200),
    ADD COLUMN language           VARCHAR(2),
    ADD COLUMN ended_on           DATE,
    ADD COLUMN outcome            VARCHAR(16);
CREATE INDEX evaluation_plan_by_referent ON evaluation_plan (cpas, referent_worker);
CREATE INDEX evaluation_plan_by_replacement ON evaluation_plan (cpas, replacement_worker);
CREATE INDEX evaluation_plan_running ON evaluation_plan (cpas, contract_id) WHERE ended_on IS NULL;

-- An evaluation is an appointment (A1, A2): its time and place, when its letters went out, when the beneficiary confirmed it.
ALTER TABLE evaluation
    ADD COLUMN starts_at           TIME,
    ADD COLUMN place               VARCHAR(300),
    ADD COLUMN convocation_sent_on DATE,
    ADD COLUMN reminder_sent_on    DATE,
    ADD COLUMN confirmed_on        DATE,
    ADD COLUMN excuse_reason       VARCHAR(1000);
-- Reminders due and unconfirmed appointments are looked up by date among the planned ones.
CREATE INDEX evaluation_planned_by_date ON evaluation (cpas, planned_on, id) WHERE status = 'PLANNED';

-- E3: an interview the beneficiary asked for, due within 5 working days of the request.
CREATE TABLE interview_request (
    id                  UUID PRIMARY KEY,
    contract_id         UUID          NOT NULL REFERENCES evaluation_plan (contract_id),
    cpas                CHAR(5)       NOT NULL,
    requested_on        DATE          NOT NULL,
    due_by              DATE          NOT NULL,
    reason              VARCHAR(2000),
    status              VARCHAR(16)   NOT NULL,
    scheduled_on        DATE,
    starts_at           TIME,
    place               VARCHAR(300),
    convocation_sent_on DATE,
    reminder_sent_on    DATE,
    confirmed_on        DATE,
    held_on             DATE,
    notes               VARCHAR(4000),
    overdue_reported_on DATE,
    created_at          TIMESTAMPTZ   NOT NULL,
    lock_version        BIGINT        NOT NULL
);
CREATE INDEX interview_request_by_contract ON interview_request (cpas, contract_id, requested_on, id);
CREATE INDEX interview_request_by_due_date ON interview_request (cpas, due_by, id);
-- The overdue job looks only at requests still waiting and not yet reported.
CREATE INDEX interview_request_waiting ON interview_request (due_by, id)
    WHERE status IN ('REQUESTED', 'SCHEDULED') AND overdue_reported_on IS NULL;

-- E7: a student's exam results, to be communicated within 7 working days of their publication.
CREATE TABLE student_result (
    id                  UUID PRIMARY KEY,
    contract_id         UUID          NOT NULL REFERENCES evaluation_plan (contract_id),
    cpas                CHAR(5)       NOT NULL,
    session             VARCHAR(200)  NOT NULL,
    published_on        DATE          NOT NULL,
    due_by              DATE          NOT NULL,
    communicated_on     DATE,
    overdue_reported_on DATE,
    created_at          TIMESTAMPTZ   NOT NULL,
    lock_version        BIGINT        NOT NULL
);
CREATE INDEX student_result_by_contract ON student_result (cpas, contract_id, published_on, id);
CREATE INDEX student_result_waiting ON student_result (due_by, id)
    WHERE communicated_on IS NULL AND overdue_reported_on IS NULL;

-- A3: every letter sent for an appointment, byte for byte, with the day it was sent.
CREATE TABLE appointment_letter (
    id             UUID PRIMARY KEY,
    cpas           CHAR(5)     NOT NULL,
    appointment_id UUID        NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    language       VARCHAR(2)  NOT NULL,
    sent_on        DATE        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    content        BYTEA       NOT NULL
);
CREATE INDEX appointment_letter_by_appointment ON appointment_letter (appointment_id, recorded_at);
