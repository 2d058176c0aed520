-- C8, A1: the hearing before the Council is planned like any meeting: its day, time and place.
ALTER TABLE contract
    ADD COLUMN hearing_planned_on DATE,
    ADD COLUMN hearing_starts_at  TIME,
    ADD COLUMN hearing_place      VARCHAR(300);
