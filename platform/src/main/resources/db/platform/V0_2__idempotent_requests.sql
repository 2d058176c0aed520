-- Answers given to mutating requests that carried an Idempotency-Key: the same key and body get the
-- same answer again without a second effect; the same key with another body is a conflict.
CREATE TABLE idempotent_request (
    cpas            CHAR(5)      NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(2000),
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cpas, idempotency_key)
);

-- Old answers are purged by age.
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
