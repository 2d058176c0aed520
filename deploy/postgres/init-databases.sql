-- One database per service: no service reads another's tables.
-- The postgres image runs this once, when it initialises an empty data volume
-- (docker-compose.yml mounts it into /docker-entrypoint-initdb.d/). Each service's Flyway
-- migrations create the tables when the service starts.
CREATE DATABASE piis_contracts;
CREATE DATABASE piis_evaluations;
CREATE DATABASE piis_sanctions;
CREATE DATABASE piis_transfers;
