-- S1: why a case opened in error was closed without a decision.
ALTER TABLE breach_case
    ADD COLUMN closure_reasons VARCHAR(4000);
