-- The trace an event was recorded in (W3C trace context as JSON), so that its publication, later,
-- belongs to the same trace as the request that changed the state. Empty when tracing is off.
ALTER TABLE outbox_message ADD COLUMN trace_context TEXT;
