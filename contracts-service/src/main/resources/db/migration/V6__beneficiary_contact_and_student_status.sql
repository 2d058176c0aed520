-- How the CPAS reaches the beneficiary, and whether they study full time (C11, T4).
ALTER TABLE beneficiary
    ADD COLUMN email   VARCHAR(254),
    ADD COLUMN phone   VARCHAR(50),
    ADD COLUMN address VARCHAR(500),
    ADD COLUMN student BOOLEAN NOT NULL DEFAULT FALSE;
