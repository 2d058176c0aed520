-- T2: the receiving CPAS's decision on the dossier, and the draft contract it led to.
ALTER TABLE incoming_transfer
    ADD COLUMN take_over         VARCHAR(16),
    ADD COLUMN take_over_reasons VARCHAR(4000),
    ADD COLUMN taken_over_on     DATE,
    ADD COLUMN taken_over_by     VARCHAR(200),
    ADD COLUMN draft_contract_id UUID;
