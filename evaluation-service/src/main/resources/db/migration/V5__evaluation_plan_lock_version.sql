-- X5: the plan is the aggregate E1 counts over; every move of one of its evaluations bumps its version,
-- so that of two moves made at once, the second is a conflict.
ALTER TABLE evaluation_plan ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
