-- contracts-service's data: :contracts contracts over the CPAS of the national directory (X11),
-- weighted by inhabitants and by how often each region grants the RIS, one beneficiary each, and a
-- tenth more beneficiaries still without a contract; goals, steps, commitments, signatures, audit
-- and the last week's published events. Dates are relative to :'today'. Writes the contracts as
-- the other services know them to standard output, for their scripts.
\set ON_ERROR_STOP on

CREATE TEMP TABLE municipality (
    nis char(5), name_nl text, name_fr text, arrondissement_nl text, arrondissement_fr text,
    province_nl text, province_fr text, region text, languages text, inhabitants integer);
\copy municipality FROM pstdin WITH (FORMAT csv, HEADER true)

-- RIS beneficiaries per inhabitant: about 3.7 % in Brussels, 1.9 % in Wallonia, 0.7 % in Flanders.
CREATE TEMP TABLE cpas_share AS
SELECT nis, region, languages,
       coalesce(sum(weight) OVER (ORDER BY nis ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(weight) OVER () AS lower_bound,
       row_number() OVER (ORDER BY nis) AS bucket
FROM (SELECT nis, region, languages,
             inhabitants * CASE region WHEN 'brussels' THEN 5.6 WHEN 'wallonia' THEN 2.9 ELSE 1.0 END AS weight
      FROM municipality) weighted;

CREATE TEMP TABLE bench_contract AS
WITH drawn AS (
    SELECT n, pg_temp.draw(n, 'status') AS s, pg_temp.draw(n, 'age') AS a, pg_temp.draw(n, 'ris') AS r,
           c.nis AS cpas, c.region, c.languages, pg_temp.draw(n, 'language') AS l
    FROM generate_series(0, :contracts - 1) n
    JOIN cpas_share c ON c.bucket = width_bucket(pg_temp.draw(n, 'cpas'), (SELECT array_agg(lower_bound ORDER BY nis) FROM cpas_share))
), stated AS (
    SELECT *, CASE WHEN s < 0.04 THEN 'DRAFT' WHEN s < 0.08 THEN 'PROPOSED' WHEN s < 0.78 THEN 'ACTIVE'
                   WHEN s < 0.90 THEN 'COMPLETED' WHEN s < 0.97 THEN 'TERMINATED' ELSE 'TRANSFERRED' END AS status
    FROM drawn
), dated AS (
    SELECT *, CASE status
                  WHEN 'DRAFT' THEN :'today'::date + 14 + floor(a * 45)::int
                  WHEN 'PROPOSED' THEN :'today'::date + 7 + floor(a * 30)::int
                  WHEN 'ACTIVE' THEN pg_temp.working_day(:'today'::date - 1 - floor(a * 360)::int)
                  ELSE pg_temp.working_day(:'today'::date - 366 - floor(a * 700)::int) END AS start_date
    FROM stated
)
SELECT n, pg_temp.uuid_of(n, 'contract') AS id, pg_temp.uuid_of(n, 'beneficiary') AS beneficiary_id, cpas,
       CASE WHEN region = 'flanders' THEN 'NL' WHEN languages = 'de' THEN 'DE' WHEN region = 'wallonia' OR l < 0.8 THEN 'FR' ELSE 'NL' END AS language,
       status, CASE WHEN pg_temp.draw(n, 'type') < 0.05 THEN 'STUDENT' ELSE 'GENERAL' END AS type,
       start_date, (start_date + interval '1 year' - interval '1 day')::date AS end_date,
       CASE WHEN status IN ('DRAFT', 'PROPOSED') THEN NULL ELSE start_date END AS signed_on,
       CASE status WHEN 'DRAFT' THEN NULL WHEN 'PROPOSED' THEN :'today'::date - floor(a * 10)::int ELSE start_date - 10 END AS handed_over_on,
       CASE status WHEN 'DRAFT' THEN :'today'::date - floor(a * 20)::int WHEN 'PROPOSED' THEN :'today'::date - 15 - floor(a * 10)::int
                   ELSE start_date - 15 END AS drafted_on,
       CASE status WHEN 'COMPLETED' THEN (start_date + interval '1 year' - interval '1 day')::date
                   WHEN 'TERMINATED' THEN start_date + 30 + floor(pg_temp.draw(n, 'end') * 300)::int
                   WHEN 'TRANSFERRED' THEN start_date + 30 + floor(pg_temp.draw(n, 'end') * 300)::int END AS ended_on,
       CASE WHEN status IN ('DRAFT', 'PROPOSED') THEN :'today'::date - floor(r * 100)::int ELSE start_date - 20 - floor(r * 40)::int END
           AS ris_decision_date,
       'Social worker ' || lpad(floor(pg_temp.draw(n, 'worker') * 30)::text, 2, '0') AS referent_worker,
       'Social worker ' || lpad(((floor(pg_temp.draw(n, 'worker') * 30)::int + 1) % 30)::text, 2, '0') AS replacement_worker
FROM dated;

-- Beneficiaries: one per contract, then those registered and still without one. The NISS is a
-- valid one: the birth date, a serial number and the check digits of the century of the birth.
INSERT INTO beneficiary (id, cpas, ssin, first_name, last_name, birth_date, language, ris_decision_date, created_at, version,
                         exempted, contract_signed_on, signing_deadline, deadline_missed_reported_on, address, student)
SELECT id, cpas, ssin, first_name, last_name, birth_date, language, ris_decision_date, ris_decision_date + time '10:00', 0,
       false, contract_signed_on, signing_deadline,
       CASE WHEN signing_deadline < :'today'::date - 1 THEN signing_deadline + 1 END, address, coalesce(type = 'STUDENT', false)
FROM (
    SELECT b.id, coalesce(c.cpas, s.nis) AS cpas, coalesce(c.language, CASE WHEN s.region = 'flanders' THEN 'NL' WHEN s.languages = 'de' THEN 'DE' ELSE 'FR' END) AS language, b.birth_date,
           lpad(b.base::text, 9, '0')
               || lpad((97 - ((CASE WHEN b.birth_date >= date '2000-01-01' THEN 2000000000 ELSE 0 END + b.base) % 97))::text, 2, '0') AS ssin,
           (ARRAY['Ana', 'Lucas', 'Emma', 'Noah', 'Louise', 'Arthur', 'Olivia', 'Jules', 'Mila', 'Adam', 'Fatima', 'Mohamed', 'Sofia', 'Liam', 'Nora'])
               [1 + floor(pg_temp.draw(b.n, 'first') * 15)::int] AS first_name,
           (ARRAY['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Martin', 'Jacobs', 'Mertens', 'El Amrani', 'Willems', 'Goossens', 'Simon', 'Leroy'])
               [1 + floor(pg_temp.draw(b.n, 'last') * 15)::int] AS last_name,
           coalesce(c.ris_decision_date, :'today'::date - floor(pg_temp.draw(b.n, 'ris') * 100)::int) AS ris_decision_date,
           c.signed_on AS contract_signed_on,
           CASE WHEN c.signed_on IS NULL
                THEN (coalesce(c.ris_decision_date, :'today'::date - floor(pg_temp.draw(b.n, 'ris') * 100)::int) + interval '3 months')::date
           END AS signing_deadline,
           'Rue de l''Exemple ' || (1 + b.n % 200) || ', 1000 Bruxelles' AS address, c.type
    FROM (SELECT n, pg_temp.uuid_of(n, 'beneficiary') AS id,
                 date '1965-01-01' + (n % 16000)::int AS birth_date,
                 to_char(date '1965-01-01' + (n % 16000)::int, 'YYMMDD')::bigint * 1000 + 1 + n / 16000 AS base
          FROM generate_series(0, :contracts + :contracts / 10 - 1) n) b
    LEFT JOIN bench_contract c ON c.n = b.n
    LEFT JOIN cpas_share s ON c.n IS NULL AND s.bucket = width_bucket(pg_temp.draw(b.n, 'cpas'), (SELECT array_agg(lower_bound ORDER BY nis) FROM cpas_share))
) beneficiaries;

INSERT INTO contract (id, cpas, beneficiary_id, type, status, start_date, end_date, referent_worker, replacement_worker, handed_over_on,
                      reflection_ends_on, signed_on, content_version, created_at, lock_version, ended_on, end_reason)
SELECT id, cpas, beneficiary_id, type, status, start_date, end_date, referent_worker, replacement_worker, handed_over_on,
       handed_over_on + 7, signed_on, 1, drafted_on + time '09:30', 0, ended_on,
       CASE status WHEN 'COMPLETED' THEN 'final evaluation completed' WHEN 'TERMINATED' THEN 'The RIS ended' WHEN 'TRANSFERRED' THEN 'transferred' END
FROM bench_contract;

INSERT INTO contract_goal (id, contract_id, position, kind, title)
SELECT pg_temp.uuid_of(c.n * 2 + g, 'goal'), c.id, g,
       CASE WHEN g = 0 THEN CASE c.type WHEN 'STUDENT' THEN 'STUDIES' ELSE 'PROFESSIONAL' END ELSE 'SOCIAL' END,
       CASE WHEN g = 0 THEN CASE c.type WHEN 'STUDENT' THEN 'Pass the year' ELSE 'Find a job in logistics' END ELSE 'Settle the debts' END
FROM bench_contract c CROSS JOIN generate_series(0, 1) g;

-- Four steps a contract, due through its year. Past steps of a running contract are mostly done;
-- the others were reported overdue the day after (C12), but those due yesterday, which the next run reports.
INSERT INTO contract_step (id, goal_id, position, description, responsible, due_date, status, done_on, overdue_reported_on)
SELECT id, goal_id, position, description, responsible, due_date, status,
       CASE WHEN status = 'DONE' THEN due_date - 2 END,
       CASE WHEN status = 'PLANNED' AND bench_status = 'ACTIVE' AND due_date < :'today'::date - 1 THEN due_date + 1 END
FROM (
    SELECT pg_temp.uuid_of(c.n * 4 + k, 'step') AS id, pg_temp.uuid_of(c.n * 2 + k / 2, 'goal') AS goal_id, k % 2 AS position,
           CASE k WHEN 0 THEN 'Register with the employment service' WHEN 1 THEN 'Follow the forklift training'
                  WHEN 2 THEN 'Meet the debt mediation service' ELSE 'Pay the enrolment fee of the training' END AS description,
           CASE WHEN k % 2 = 0 THEN 'BENEFICIARY' ELSE 'CPAS' END AS responsible,
           pg_temp.working_day(c.start_date + 60 + 80 * k) AS due_date, c.status AS bench_status,
           CASE WHEN c.signed_on IS NULL OR pg_temp.working_day(c.start_date + 60 + 80 * k) >= coalesce(c.ended_on, :'today'::date) THEN
                    CASE WHEN c.ended_on IS NULL THEN 'PLANNED' ELSE 'CANCELLED' END
                WHEN pg_temp.draw(c.n * 4 + k, 'done') < 0.85 THEN 'DONE'
                WHEN c.ended_on IS NULL THEN 'PLANNED' ELSE 'CANCELLED' END AS status
    FROM bench_contract c CROSS JOIN generate_series(0, 3) k
) steps;

INSERT INTO contract_commitment (contract_id, position, party, description)
SELECT id, p, CASE p WHEN 0 THEN 'BENEFICIARY' ELSE 'CPAS' END,
       CASE p WHEN 0 THEN 'Attend the training and the evaluations' ELSE 'Pay the enrolment fee of the training' END
FROM bench_contract CROSS JOIN generate_series(0, 1) p;

INSERT INTO contract_signature (contract_id, party, signed_on, recorded_at)
SELECT id, party, signed_on, signed_on + time '11:00'
FROM bench_contract CROSS JOIN (VALUES ('BENEFICIARY'), ('CPAS')) parties(party)
WHERE signed_on IS NOT NULL;

-- X4: the trail of each file, as the services write it.
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
SELECT cpas, 'beneficiary', id, 'registered', 'worker@cpas-' || cpas || '.example', ris_decision_date, created_at, NULL, '{"registered":true}'
FROM beneficiary;
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
SELECT cpas, 'contract', id, action, 'worker@cpas-' || cpas || '.example', fact_date, fact_date + time '12:00', before_state, after_state
FROM bench_contract CROSS JOIN LATERAL (VALUES
        ('drafted', drafted_on, NULL, '{"status":"draft"}'),
        ('proposed', handed_over_on, '{"status":"draft"}', '{"status":"proposed"}'),
        ('signed', signed_on, '{"status":"proposed"}', '{"status":"active"}'),
        ('ended', ended_on, '{"status":"active"}', '{"status":"' || lower(status) || '"}')) trail(action, fact_date, before_state, after_state)
WHERE fact_date IS NOT NULL;

-- The outbox keeps a week of published events (piis.outbox.retention): those of the last seven days.
INSERT INTO outbox_message (event_id, topic, message_key, type, subject, payload, occurred_at, published_at)
SELECT pg_temp.uuid_of(n, 'event-' || kind), 'piis.contracts', id::text, 'be.cpas.piis.v1.contracts.notify.' || kind, id::text,
       json_build_object('contractId', id, 'cpas', cpas, 'beneficiaryId', beneficiary_id, 'on', day)::text,
       day + time '12:00', day + time '12:00:01'
FROM bench_contract CROSS JOIN LATERAL (VALUES ('proposed', handed_over_on), ('signed', signed_on)) events(kind, day)
WHERE day >= :'today'::date - 7 AND day <= :'today'::date;

\copy (SELECT n, id, cpas, beneficiary_id, language, status, type, start_date, end_date, signed_on, ended_on, referent_worker, replacement_worker FROM bench_contract WHERE signed_on IS NOT NULL) TO pstdout
