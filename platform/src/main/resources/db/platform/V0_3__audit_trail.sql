-- X4: every change of state, who made it for which CPAS, when, and the values before and after.
-- Rows are only ever inserted: no API updates or deletes them.
CREATE TABLE audit_entry (
    position      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cpas          CHAR(5)      NOT NULL,
    resource_type VARCHAR(50)  NOT NULL,
    resource_id   UUID         NOT NULL,
    action        VARCHAR(100) NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    fact_date     DATE,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    before_state  TEXT,
    after_state   TEXT
);

CREATE INDEX audit_entry_by_resource ON audit_entry (cpas, resource_type, resource_id, position);
