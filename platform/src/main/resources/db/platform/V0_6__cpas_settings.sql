-- X12: this service's copy of each CPAS's settings, as their owner (transfer-service) last published
-- them; a copy only moves to a higher version.
CREATE TABLE cpas_settings (
    cpas        CHAR(5)     PRIMARY KEY,
    settings_id UUID        NOT NULL,
    version     BIGINT      NOT NULL,
    content     TEXT        NOT NULL,
    kept_at     TIMESTAMPTZ NOT NULL
);
