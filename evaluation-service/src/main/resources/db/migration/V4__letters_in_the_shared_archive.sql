-- A3: letters sent are now kept in the platform's sent_document table, beside every service's other letters.
INSERT INTO sent_document (id, cpas, subject_id, kind, language, sent_on, recorded_at, sha256, content)
SELECT id, cpas, appointment_id, lower(kind), language, sent_on, recorded_at, sha256, content FROM appointment_letter;
DROP TABLE appointment_letter;
