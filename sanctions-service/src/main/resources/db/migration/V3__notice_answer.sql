-- S2: the beneficiary's answer to the formal notice, which lets the Council decide before the answer date.
ALTER TABLE breach_case
    ADD COLUMN notice_answered_on DATE,
    ADD COLUMN notice_answer      VARCHAR(8000);
