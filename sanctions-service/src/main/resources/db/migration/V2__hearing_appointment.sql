-- A1, S4: when and where the Council hears the beneficiary, for the convocation and its calendar event.
ALTER TABLE breach_case
    ADD COLUMN hearing_planned_on DATE,
    ADD COLUMN hearing_starts_at  TIME,
    ADD COLUMN hearing_place      VARCHAR(300);
