-- The reference's one PostgreSQL commit: a row written and committed, as a consumer writes its inbox entry.
INSERT INTO bench_commit (written_at) VALUES (clock_timestamp());
