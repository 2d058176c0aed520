-- X9: no request, result or meeting of a contract comes before its signature (ContractSigned.signedOn).
-- Plans made before this column existed do not know that day and keep no such bound.
ALTER TABLE evaluation_plan ADD COLUMN signed_on DATE;
