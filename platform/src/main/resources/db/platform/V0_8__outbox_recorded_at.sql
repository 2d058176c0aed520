-- When the event was written, in the database's own time: occurred_at is the application's clock,
-- which a local run can move, so the delay from a commit to its consumers is measured from here.
ALTER TABLE outbox_message ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
