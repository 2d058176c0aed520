-- S7: the lapsing job looks for the deferred sanctions whose probation ended. Only the deferred
-- cases are in this index, in the order the job takes them.
CREATE INDEX breach_case_deferred_by_probation_end ON breach_case (probation_ends_on, id) WHERE status = 'DEFERRED';
