-- C1: the missed-deadline job takes the oldest unreported deadlines first and stops at its batch.
-- With the deadline and the id in the index it reads them in that order and sorts nothing; the
-- index keeps only the beneficiaries still to report, so it stays small however many there were.
DROP INDEX beneficiary_deadline_unreported;
CREATE INDEX beneficiary_deadline_unreported ON beneficiary (signing_deadline, id)
    WHERE signing_deadline IS NOT NULL AND deadline_missed_reported_on IS NULL;

-- C12: a step still planned when its contract ends ends with it, as the service now does, so that
-- the index of the steps still to report holds none of the ended contracts' steps.
UPDATE contract_step s SET status = 'CANCELLED'
FROM contract_goal g JOIN contract c ON c.id = g.contract_id
WHERE g.id = s.goal_id AND s.status = 'PLANNED' AND c.status IN ('COMPLETED', 'TERMINATED', 'TRANSFERRED');

-- The overdue-step job walks the planned steps not yet reported, oldest due date first, and stops
-- at its batch; with the goal in the index it reaches their contracts without reading the steps.
DROP INDEX contract_step_open_by_due_date;
CREATE INDEX contract_step_open_by_due_date ON contract_step (due_date, goal_id)
    WHERE status = 'PLANNED' AND overdue_reported_on IS NULL;
