-- A3: the copies of contracts handed over are kept where every service keeps its letters
-- (sent_document), each under its contract with the version it shows; their ids, days and
-- fingerprints stay what they were, so that links and proofs given out before still hold.
INSERT INTO sent_document (id, cpas, subject_id, subject_version, kind, language, sent_on, recorded_at, sha256, content)
SELECT id, cpas, contract_id, version, 'contractCopy', language, handed_over_on, recorded_at, sha256, content
FROM contract_document;

DROP TABLE contract_document;
