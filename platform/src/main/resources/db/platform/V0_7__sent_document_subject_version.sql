-- A3: which version of its subject a kept document shows, where the subject has versions (the
-- content version of a contract whose copy was handed over); absent for letters about a meeting or a case.
ALTER TABLE sent_document ADD COLUMN subject_version INTEGER;
