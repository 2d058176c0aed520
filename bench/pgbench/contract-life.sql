-- A contract's life as contracts-service writes it, one of its five transactions per pgbench
-- transaction, in turn: register, draft, propose, the beneficiary's signature, the CPAS's signature.
-- The statements are those the service sends (Hibernate's, the audit trail's and the outbox's), in
-- their order, with the values of a life walked through the API (contract-life.values holds those
-- with a colon, which pgbench would read as a variable). The ids the service makes in Java come
-- from gen_random_uuid() and are read back with RETURNING, the only change to its statements.
-- Each client walks its own lives, step and life being its variables, kept from one transaction to
-- the next (start with -D step=4 -D life=0); the NISS is unique per client and life.
\set step (:step + 1) % 5
BEGIN;
\if :step = 0
\set life :life + 1
\set ssin 10000000000 + :client_id * 100000000 + :life
select b1_0.id,b1_0.birth_date,b1_0.email,b1_0.phone,b1_0.address,b1_0.contract_signed_on,b1_0.cpas,b1_0.cpas_employment_ended_on,b1_0.created_at,b1_0.deadline_missed_reported_on,b1_0.deadline_restarted_on,b1_0.exempted,b1_0.first_name,b1_0.language,b1_0.last_name,b1_0.previous_ris_ended_on,b1_0.ris_decision_date,b1_0.signing_deadline,b1_0.ssin,b1_0.student,b1_0.taken_over_from,b1_0.taken_over_on,b1_0.version from beneficiary b1_0 where b1_0.ssin=:ssin and b1_0.cpas='21004' fetch first 1 rows only;
insert into beneficiary (birth_date,email,phone,address,contract_signed_on,cpas,cpas_employment_ended_on,created_at,deadline_missed_reported_on,deadline_restarted_on,exempted,first_name,language,last_name,previous_ris_ended_on,ris_decision_date,signing_deadline,ssin,student,taken_over_from,taken_over_on,version,id) values ('1985-07-30',NULL,NULL,NULL,NULL,'21004',NULL,:drafting_time,NULL,NULL,false,'Ana','FR','Peeters',NULL,'2026-11-02','2027-02-02',:ssin,false,NULL,NULL,0,gen_random_uuid()) RETURNING id AS beneficiary_id \gset
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
	VALUES ('21004', 'beneficiary', :beneficiary_id, 'registered', 'dev-user-21004', '2027-01-04', :drafting_time, NULL, :registered_state);
\elif :step = 1
select b1_0.id,b1_0.birth_date,b1_0.email,b1_0.phone,b1_0.address,b1_0.contract_signed_on,b1_0.cpas,b1_0.cpas_employment_ended_on,b1_0.created_at,b1_0.deadline_missed_reported_on,b1_0.deadline_restarted_on,b1_0.exempted,b1_0.first_name,b1_0.language,b1_0.last_name,b1_0.previous_ris_ended_on,b1_0.ris_decision_date,b1_0.signing_deadline,b1_0.ssin,b1_0.student,b1_0.taken_over_from,b1_0.taken_over_on,b1_0.version from beneficiary b1_0 where b1_0.id=:beneficiary_id and b1_0.cpas='21004' fetch first 1 rows only;
insert into contract (beneficiary_id,content_version,cpas,created_at,end_date,end_reason,ended_on,handed_over_on,hearing_held_on,hearing_outcome,hearing_place,hearing_planned_on,hearing_requested_on,hearing_starts_at,lock_version,person_of_trust,referent_worker,reflection_ends_on,replacement_worker,signed_on,start_date,status,type,id) values (:beneficiary_id,1,'21004',:drafting_time,'2028-01-31',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'Marie Dubois',NULL,'Jan Claes',NULL,'2027-02-01','DRAFT','GENERAL',gen_random_uuid()) RETURNING id AS contract_id \gset
insert into contract_goal (position,contract_id,kind,title,id) values (0,:contract_id,'PROFESSIONAL','Find a job in logistics',gen_random_uuid()) RETURNING id AS goal_id \gset
insert into contract_step (position,goal_id,description,done_on,due_date,overdue_reported_on,responsible,status,id) values (0,:goal_id,'Register with Actiris',NULL,'2027-02-15',NULL,'BENEFICIARY','PLANNED',gen_random_uuid()) RETURNING id AS step_id \gset
insert into contract_commitment (contract_id,position,description,party) values (:contract_id,0,'Attend the forklift training','BENEFICIARY');
insert into contract_commitment (contract_id,position,description,party) values (:contract_id,1,'Pay the enrolment fee of the training','CPAS');
update contract_goal set contract_id=:contract_id,position=0 where id=:goal_id;
update contract_step set goal_id=:goal_id,position=0 where id=:step_id;
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
	VALUES ('21004', 'contract', :contract_id, 'drafted', 'dev-user-21004', '2027-01-04', :drafting_time, NULL, :draft_state);
\else
-- The contract loaded for a change, its lock version raised first (0 to 1, 2 to 3, 4 to 5)
\set locked (:step - 2) * 2
\set raised :locked + 1
select c1_0.id,c1_0.beneficiary_id,c1_0.content_version,c1_0.cpas,c1_0.created_at,c1_0.end_date,c1_0.end_reason,c1_0.ended_on,c1_0.handed_over_on,c1_0.hearing_held_on,c1_0.hearing_outcome,c1_0.hearing_place,c1_0.hearing_planned_on,c1_0.hearing_requested_on,c1_0.hearing_starts_at,c1_0.lock_version,c1_0.person_of_trust,c1_0.referent_worker,c1_0.reflection_ends_on,c1_0.replacement_worker,c1_0.signed_on,c1_0.start_date,c1_0.status,c1_0.type from contract c1_0 where c1_0.id=:contract_id and c1_0.cpas='21004' fetch first 1 rows only;
update contract set lock_version=:raised where id=:contract_id and lock_version=:locked;
select g1_0.contract_id,g1_0.position,g1_0.id,g1_0.kind,g1_0.title from contract_goal g1_0 where g1_0.contract_id=:contract_id;
select s1_0.goal_id,s1_0.position,s1_0.id,s1_0.description,s1_0.done_on,s1_0.due_date,s1_0.overdue_reported_on,s1_0.responsible,s1_0.status from contract_step s1_0 where s1_0.goal_id=:goal_id;
select s1_0.contract_id,s1_0.partner_id,s1_0.party,s1_0.recorded_at,s1_0.signed_on from contract_signature s1_0 where s1_0.contract_id=:contract_id;
\if :step = 2
select c1_0.contract_id,c1_0.position,c1_0.description,c1_0.party from contract_commitment c1_0 where c1_0.contract_id=:contract_id;
\endif
select p1_0.contract_id,p1_0.position,p1_0.expectations,p1_0.partner_id,p1_0.name from contract_partner p1_0 where p1_0.contract_id=:contract_id;
\if :step = 2
insert into outbox_message (event_id,message_key,occurred_at,payload,published_at,subject,topic,trace_context,type) values (gen_random_uuid(),:contract_id,:drafting_time,:proposed_event,NULL,:contract_id,'piis.contracts',NULL,'be.cpas.piis.v1.contracts.notify.proposed')
	RETURNING *;
update contract set beneficiary_id=:beneficiary_id,content_version=1,cpas='21004',created_at=:drafting_time,end_date='2028-01-31',end_reason=NULL,ended_on=NULL,handed_over_on='2027-01-04',hearing_held_on=NULL,hearing_outcome=NULL,hearing_place=NULL,hearing_planned_on=NULL,hearing_requested_on=NULL,hearing_starts_at=NULL,lock_version=2,person_of_trust=NULL,referent_worker='Marie Dubois',reflection_ends_on='2027-01-11',replacement_worker='Jan Claes',signed_on=NULL,start_date='2027-02-01',status='PROPOSED',type='GENERAL' where id=:contract_id and lock_version=1;
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
	VALUES ('21004', 'contract', :contract_id, 'proposed', 'dev-user-21004', '2027-01-04', :drafting_time, :draft_state, :proposed_state);
\elif :step = 3
\set signed :raised + 1
update contract set lock_version=:signed where id=:contract_id and lock_version=:raised;
insert into contract_signature (contract_id,partner_id,party,recorded_at,signed_on) values (:contract_id,NULL,'BENEFICIARY',:signing_time,'2027-01-18');
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
	VALUES ('21004', 'contract', :contract_id, 'signed', 'dev-user-21004', '2027-01-18', :signing_time, :proposed_state, :signed_by_beneficiary_state);
select c1_0.contract_id,c1_0.position,c1_0.description,c1_0.party from contract_commitment c1_0 where c1_0.contract_id=:contract_id;
\else
select b1_0.id,b1_0.birth_date,b1_0.email,b1_0.phone,b1_0.address,b1_0.contract_signed_on,b1_0.cpas,b1_0.cpas_employment_ended_on,b1_0.created_at,b1_0.deadline_missed_reported_on,b1_0.deadline_restarted_on,b1_0.exempted,b1_0.first_name,b1_0.language,b1_0.last_name,b1_0.previous_ris_ended_on,b1_0.ris_decision_date,b1_0.signing_deadline,b1_0.ssin,b1_0.student,b1_0.taken_over_from,b1_0.taken_over_on,b1_0.version from beneficiary b1_0 where b1_0.id=:beneficiary_id;
insert into outbox_message (event_id,message_key,occurred_at,payload,published_at,subject,topic,trace_context,type) values (gen_random_uuid(),:contract_id,:signing_time,:signed_event,NULL,:contract_id,'piis.contracts',NULL,'be.cpas.piis.v1.contracts.notify.signed')
	RETURNING *;
select c1_0.contract_id,c1_0.position,c1_0.description,c1_0.party from contract_commitment c1_0 where c1_0.contract_id=:contract_id;
update contract set beneficiary_id=:beneficiary_id,content_version=1,cpas='21004',created_at=:drafting_time,end_date='2028-01-31',end_reason=NULL,ended_on=NULL,handed_over_on='2027-01-04',hearing_held_on=NULL,hearing_outcome=NULL,hearing_place=NULL,hearing_planned_on=NULL,hearing_requested_on=NULL,hearing_starts_at=NULL,lock_version=6,person_of_trust=NULL,referent_worker='Marie Dubois',reflection_ends_on='2027-01-11',replacement_worker='Jan Claes',signed_on='2027-01-18',start_date='2027-02-01',status='ACTIVE',type='GENERAL' where id=:contract_id and lock_version=5;
delete from contract_signature where contract_id=:contract_id;
insert into contract_signature (contract_id,partner_id,party,recorded_at,signed_on) values (:contract_id,NULL,'BENEFICIARY',:signing_time,'2027-01-18');
insert into contract_signature (contract_id,partner_id,party,recorded_at,signed_on) values (:contract_id,NULL,'CPAS',:signing_time,'2027-01-18');
INSERT INTO contract_version (contract_id, version, content, agreed_on, recorded_at)
	VALUES (:contract_id, 1, :signed_version, '2027-01-18', :signing_time);
update beneficiary set birth_date='1985-07-30',email=NULL,phone=NULL,address=NULL,contract_signed_on='2027-01-18',cpas='21004',cpas_employment_ended_on=NULL,created_at=:drafting_time,deadline_missed_reported_on=NULL,deadline_restarted_on=NULL,exempted=false,first_name='Ana',language='FR',last_name='Peeters',previous_ris_ended_on=NULL,ris_decision_date='2026-11-02',signing_deadline=NULL,ssin=:ssin,student=false,taken_over_from=NULL,taken_over_on=NULL,version=1 where id=:beneficiary_id and version=0;
INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
	VALUES ('21004', 'contract', :contract_id, 'signed', 'dev-user-21004', '2027-01-18', :signing_time, :signed_by_beneficiary_state, :active_state);
\endif
\endif
COMMIT;
