-- evaluation-service's data: the plan of every signed contract read from standard input (as
-- contracts.sql writes them) and :evaluations evaluations spread over the plans through each
-- contract's year, the last one final: held, missed (E5) or still planned, those after a
-- contract's end cancelled; interview requests (E3), some overdue; audit and the last week's
-- published events. Writes the contracts and their missed evaluations to standard output, for
-- sanctions.sql.
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_contract (
    n bigint, id uuid, cpas char(5), beneficiary_id uuid, language varchar(2), status text, type text, start_date date, end_date date,
    signed_on date, ended_on date, referent_worker text, replacement_worker text);
\copy bench_contract FROM pstdin
CREATE TEMP TABLE bench_plan AS SELECT row_number() OVER (ORDER BY n) - 1 AS p, * FROM bench_contract;
SELECT count(*) AS plans FROM bench_plan \gset

INSERT INTO evaluation_plan (contract_id, cpas, beneficiary_id, start_date, end_date, created_at, student, contract_version, referent_worker,
                             replacement_worker, language, ended_on, outcome, lock_version, signed_on)
SELECT id, cpas, beneficiary_id, start_date, end_date, signed_on + time '11:00:05', type = 'STUDENT', 1, referent_worker, replacement_worker,
       language, ended_on, lower(nullif(status, 'ACTIVE')), 0, signed_on
FROM bench_plan;

-- Evaluation e belongs to plan e % plans, the (e / plans)th of its k evaluations, evenly spread.
CREATE TEMP TABLE bench_evaluation AS
SELECT e, pg_temp.uuid_of(e, 'evaluation') AS id, p.id AS contract_id, p.cpas, p.n,
       pg_temp.working_day(p.start_date + ((e / :plans + 1) * 364 / k)::int - CASE WHEN e / :plans = k - 1 THEN 7 ELSE 0 END) AS planned_on,
       CASE WHEN e / :plans = k - 1 THEN 'FINAL' ELSE 'REGULAR' END AS kind, p.ended_on, pg_temp.draw(e, 'attendance') AS a
FROM generate_series(0, :evaluations - 1) e
JOIN bench_plan p ON p.p = e % :plans
CROSS JOIN LATERAL (SELECT (:evaluations / :plans + CASE WHEN e % :plans < :evaluations % :plans THEN 1 ELSE 0 END)::int AS k) plan_size;

INSERT INTO evaluation (id, contract_id, cpas, planned_on, kind, status, lock_version, held_on, attendance, progress, notes, starts_at, place,
                        convocation_sent_on, reminder_sent_on, confirmed_on, excuse_reason)
SELECT id, contract_id, cpas, planned_on, kind, status, 0,
       CASE WHEN status IN ('COMPLETED', 'MISSED') THEN planned_on END, attendance,
       CASE WHEN status = 'COMPLETED' AND attendance <> 'EXCUSED' THEN 'The training goes well' END,
       CASE WHEN status = 'COMPLETED' AND attendance <> 'EXCUSED' THEN 'Steps on time' END,
       time '09:00' + (e % 14) * interval '30 minutes', 'CPAS office, room ' || (1 + e % 5),
       CASE WHEN status <> 'CANCELLED' AND planned_on <= :'today'::date + 21 THEN planned_on - 21 END,
       CASE WHEN status <> 'CANCELLED' AND planned_on <= :'today'::date + 2 THEN planned_on - 3 END,
       CASE WHEN status = 'COMPLETED' OR (status = 'PLANNED' AND planned_on <= :'today'::date + 2 AND a < 0.5) THEN planned_on - 2 END,
       CASE WHEN attendance = 'EXCUSED' THEN 'Medical certificate' END
FROM (
    SELECT *, CASE status WHEN 'MISSED' THEN 'ABSENT'
                          WHEN 'COMPLETED' THEN CASE WHEN a < 0.80 THEN 'IN_PERSON' WHEN a < 0.95 THEN 'REMOTE' ELSE 'EXCUSED' END
              END AS attendance
    FROM (SELECT *, CASE WHEN ended_on IS NOT NULL AND planned_on >= ended_on THEN 'CANCELLED'
                         WHEN planned_on >= :'today'::date THEN 'PLANNED'
                         WHEN planned_on >= :'today'::date - 7 AND a < 0.3 THEN 'PLANNED'
                         WHEN pg_temp.draw(e, 'missed') < 0.06 THEN 'MISSED'
                         ELSE 'COMPLETED' END AS status
          FROM bench_evaluation) stated
) evaluations;

-- E3: a running contract in seven asks for an interview, due 5 working days later. Most were
-- held in time; the late ones were reported overdue the day after their deadline, but those due
-- yesterday, which the next run reports.
INSERT INTO interview_request (id, contract_id, cpas, requested_on, due_by, reason, status, scheduled_on, starts_at, place, held_on, notes,
                               overdue_reported_on, created_at, lock_version)
SELECT id, contract_id, cpas, requested_on, due_by, 'The beneficiary asks to talk about the training', status,
       CASE WHEN status IN ('SCHEDULED', 'HELD') THEN held_or_planned END, CASE WHEN status IN ('SCHEDULED', 'HELD') THEN time '10:00' END,
       CASE WHEN status IN ('SCHEDULED', 'HELD') THEN 'CPAS office, room 2' END,
       CASE WHEN status = 'HELD' THEN held_or_planned END, CASE WHEN status = 'HELD' THEN 'Talked about the training' END,
       CASE WHEN due_by < :'today'::date - 1 AND (status <> 'HELD' OR held_or_planned > due_by) THEN due_by + 1 END,
       requested_on + time '10:00', 0
FROM (
    SELECT id, contract_id, cpas, requested_on, due_by, held_or_planned,
           CASE WHEN held_or_planned < :'today'::date THEN 'HELD' WHEN s < 0.5 THEN 'SCHEDULED' ELSE 'REQUESTED' END AS status
    FROM (
        SELECT pg_temp.uuid_of(p.n, 'interview') AS id, p.id AS contract_id, p.cpas, requested_on,
               pg_temp.working_day(requested_on + 7) AS due_by, pg_temp.draw(p.n, 'interview-status') AS s,
               pg_temp.working_day(requested_on + CASE WHEN pg_temp.draw(p.n, 'interview-late') < 0.25 THEN 12 ELSE 5 END) AS held_or_planned
        FROM bench_plan p
        CROSS JOIN LATERAL (SELECT pg_temp.working_day(:'today'::date - floor(pg_temp.draw(p.n, 'interview') * 90)::int) AS requested_on) asked
        WHERE p.ended_on IS NULL AND p.n % 7 = 0 AND requested_on >= p.start_date
    ) drawn
) requests;

INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
SELECT cpas, 'evaluation', id, 'recorded', 'worker@cpas-' || cpas || '.example', held_on, held_on + time '15:00', '{"status":"planned"}',
       json_build_object('status', lower(status), 'attendance', lower(attendance))::text
FROM evaluation WHERE held_on IS NOT NULL;
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
SELECT cpas, 'interviewRequest', id, 'requested', 'worker@cpas-' || cpas || '.example', requested_on, created_at, NULL, '{"status":"requested"}'
FROM interview_request;

INSERT INTO outbox_message (event_id, topic, message_key, type, subject, payload, occurred_at, published_at)
SELECT md5(id::text || 'event')::uuid, 'piis.evaluations', contract_id::text,
       'be.cpas.piis.v1.evaluations.notify.' || lower(status), contract_id::text,
       json_build_object('evaluationId', id, 'contractId', contract_id, 'cpas', cpas, 'heldOn', held_on)::text,
       held_on + time '15:00', held_on + time '15:00:01'
FROM evaluation WHERE held_on >= :'today'::date - 7;

-- Every signed contract, with each of its missed evaluations when it has some.
\copy (SELECT p.id, p.cpas, p.beneficiary_id, p.language, p.signed_on, m.id, m.held_on, b.e FROM bench_plan p LEFT JOIN evaluation m ON m.contract_id = p.id AND m.status = 'MISSED' LEFT JOIN bench_evaluation b ON b.id = m.id) TO pstdout
