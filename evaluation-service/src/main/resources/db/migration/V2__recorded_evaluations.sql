-- E4: what an evaluation recorded: attendance, progress per goal, notes, proposed adjustments.
ALTER TABLE evaluation
    ADD COLUMN held_on     DATE,
    ADD COLUMN attendance  VARCHAR(16),
    ADD COLUMN progress    TEXT,
    ADD COLUMN notes       VARCHAR(4000),
    ADD COLUMN adjustments VARCHAR(4000);
