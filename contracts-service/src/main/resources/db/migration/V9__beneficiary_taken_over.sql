-- T2: a beneficiary taken over from the CPAS that was competent before their move, and the day of the move.
ALTER TABLE beneficiary
    ADD COLUMN taken_over_from VARCHAR(5),
    ADD COLUMN taken_over_on   DATE;
