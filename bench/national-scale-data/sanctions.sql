-- sanctions-service's data, from standard input (as evaluations.sql writes it): every signed
-- contract, and a breach case for each missed evaluation (S1), gone as far as its age allows:
-- open, formal notice sent (S2), opinion given (S3), or decided and notified (S8): no sanction,
-- a suspension, a deferred one (S7) whose probation ran out and lapsed, but those that ended
-- yesterday, which the next run lapses; a tenth closed as opened in error. Audit and the last
-- week's published events. Dates are relative to :'today'.
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_input (
    contract_id uuid, cpas char(5), beneficiary_id uuid, language varchar(2), signed_on date, evaluation_id uuid, missed_on date, e bigint);
\copy bench_input FROM pstdin

INSERT INTO sanctioned_contract (contract_id, cpas, beneficiary_id, language, signed_on)
SELECT DISTINCT contract_id, cpas, beneficiary_id, language, signed_on FROM bench_input;

CREATE TEMP TABLE bench_case AS
SELECT pg_temp.uuid_of(e, 'breach') AS id, e, cpas, contract_id, beneficiary_id, evaluation_id, missed_on, opened_on,
       :'today'::date - opened_on AS age, pg_temp.draw(e, 'decision') AS d,
       pg_temp.working_day(opened_on + 35) AS decided_on, pg_temp.working_day(opened_on + 38) AS posted_on,
       pg_temp.working_day(opened_on + 43) AS notified_on
FROM (SELECT *, missed_on + 1 AS opened_on FROM bench_input WHERE evaluation_id IS NOT NULL) missed;

INSERT INTO breach_case (id, cpas, contract_id, beneficiary_id, status, opened_on, created_at, lock_version,
                         notice_sent_on, notice_sent_by, notice_expected, notice_respond_by, notice_letter_id,
                         opinion, opinion_given_on, opinion_given_by,
                         decision, scope, length, starts_on, ends_on, reasons, decided_on, decided_by, cap_months, probation_months,
                         posted_on, notified_on, appeal_deadline, tribunal_name, tribunal_address, decision_letter_id, notified_by, probation_ends_on,
                         closed_on, closure_reasons)
SELECT id, cpas, contract_id, beneficiary_id, status, opened_on, opened_on + time '08:00', 0,
       CASE WHEN noticed THEN opened_on + 3 END, CASE WHEN noticed THEN 'worker@cpas-' || cpas || '.example' END,
       CASE WHEN noticed THEN 'Attend the next evaluation' END, CASE WHEN noticed THEN opened_on + 18 END,
       CASE WHEN noticed THEN pg_temp.uuid_of(e, 'notice-letter') END,
       CASE WHEN advised THEN 'The beneficiary missed the evaluation without excuse' END, CASE WHEN advised THEN opened_on + 20 END,
       CASE WHEN advised THEN 'worker@cpas-' || cpas || '.example' END,
       kind, CASE WHEN kind = 'SUSPENSION' THEN 'TOTAL' END, CASE WHEN kind = 'SUSPENSION' THEN 'P1M' END,
       CASE WHEN kind = 'SUSPENSION' THEN suspension_starts_on END,
       CASE WHEN kind = 'SUSPENSION' THEN (suspension_starts_on + interval '1 month' - interval '1 day')::date END,
       CASE WHEN kind IS NOT NULL THEN 'An evaluation missed without excuse' END, CASE WHEN kind IS NOT NULL THEN decided_on END,
       CASE WHEN kind IS NOT NULL THEN 'Council of CPAS ' || cpas END, CASE WHEN kind = 'SUSPENSION' THEN 1 END,
       CASE WHEN deferred THEN 6 END,
       CASE WHEN kind IS NOT NULL THEN posted_on END, CASE WHEN kind IS NOT NULL THEN notified_on END,
       CASE WHEN kind IS NOT NULL THEN (notified_on + interval '3 months')::date END,
       CASE WHEN kind IS NOT NULL THEN 'Tribunal du travail' END, CASE WHEN kind IS NOT NULL THEN 'Place Poelaert 3, 1000 Bruxelles' END,
       CASE WHEN kind IS NOT NULL THEN pg_temp.uuid_of(e, 'decision-letter') END,
       CASE WHEN kind IS NOT NULL THEN 'worker@cpas-' || cpas || '.example' END,
       CASE WHEN deferred THEN probation_ends_on END,
       CASE WHEN in_error THEN opened_on + 10 WHEN status = 'CLOSED' THEN probation_ends_on + 1 END,
       CASE WHEN in_error THEN 'The absence was excused afterwards' END
FROM (
    SELECT *, CASE WHEN in_error THEN 'CLOSED' WHEN kind = 'NO_SANCTION' THEN 'NO_SANCTION'
                   WHEN deferred AND probation_ends_on < :'today'::date - 1 THEN 'CLOSED' WHEN deferred THEN 'DEFERRED'
                   WHEN kind = 'SUSPENSION' THEN 'SUSPENDED' WHEN advised THEN 'OPINION_GIVEN' WHEN noticed THEN 'NOTICE_SENT' ELSE 'OPEN' END AS status
    FROM (
        SELECT *, (notified_on + interval '6 months')::date AS probation_ends_on,
               date_trunc('month', notified_on + interval '1 month')::date AS suspension_starts_on
        FROM (
            SELECT *, NOT in_error AND age >= 10 AS noticed, NOT in_error AND age >= 25 AS advised,
                   CASE WHEN in_error OR age < 45 THEN NULL WHEN d < 0.4 THEN 'NO_SANCTION' ELSE 'SUSPENSION' END AS kind,
                   NOT in_error AND age >= 45 AND d >= 0.65 AS deferred
            FROM (SELECT *, d < 0.1 AND age >= 10 AS in_error FROM bench_case) erred
        ) decided
    ) dated
) stated;

INSERT INTO breach_fact (id, breach_id, origin, source_id, occurred_on, position)
SELECT pg_temp.uuid_of(e, 'fact'), id, 'EVALUATION_MISSED', evaluation_id, missed_on, 0 FROM bench_case;

INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
SELECT cpas, 'breach', id, action, actor, fact_date, fact_date + time '16:00', before_state, after_state
FROM breach_case CROSS JOIN LATERAL (VALUES
        ('opened', 'system', opened_on, NULL, '{"status":"open"}'),
        ('noticeSent', notice_sent_by, notice_sent_on, '{"status":"open"}', '{"status":"noticeSent"}'),
        ('notified', notified_by, notified_on, '{"status":"decided"}', '{"status":"' || lower(status) || '"}')) trail(action, actor, fact_date, before_state, after_state)
WHERE fact_date IS NOT NULL;

INSERT INTO outbox_message (event_id, topic, message_key, type, subject, payload, occurred_at, published_at)
SELECT md5(id::text || 'event')::uuid, 'piis.sanctions', contract_id::text, 'be.cpas.piis.v1.breaches.notify.reported', contract_id::text,
       json_build_object('breachId', id, 'contractId', contract_id, 'cpas', cpas, 'beneficiaryId', beneficiary_id, 'origin', 'evaluationMissed',
                         'openedOn', opened_on)::text,
       opened_on + time '08:00', opened_on + time '08:00:01'
FROM breach_case WHERE opened_on >= :'today'::date - 7;
