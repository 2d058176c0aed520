-- Deterministic draws shared by the generator's scripts: the same n and salt give the same value
-- in every database, so that a contract of contracts-service is the same contract in the others.
CREATE FUNCTION pg_temp.draw(n bigint, salt text) RETURNS float8 IMMUTABLE LANGUAGE sql AS
$$ SELECT ('x' || substr(md5(salt || n), 1, 12))::bit(48)::bigint / 281474976710656.0 $$;

CREATE FUNCTION pg_temp.uuid_of(n bigint, salt text) RETURNS uuid IMMUTABLE LANGUAGE sql AS
$$ SELECT md5(salt || n)::uuid $$;

-- A meeting set for a Saturday or Sunday moves to the Friday before (X6).
CREATE FUNCTION pg_temp.working_day(day date) RETURNS date IMMUTABLE LANGUAGE sql AS
$$ SELECT day - CASE extract(isodow FROM day) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END $$;

SET synchronous_commit = off;
SET max_parallel_workers_per_gather = 0;
