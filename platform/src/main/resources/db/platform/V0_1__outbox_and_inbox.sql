-- Events written in the same transaction as the state change they record (X7), published later by the relay.
CREATE TABLE outbox_message (
    position     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        VARCHAR(100) NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    type         VARCHAR(200) NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    payload      TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);

-- The relay reads the oldest unpublished messages first.
CREATE INDEX outbox_message_unpublished ON outbox_message (position) WHERE published_at IS NULL;

-- Events a consumer already applied: a redelivery finds its id here and changes nothing.
CREATE TABLE inbox_message (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    type         VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
