-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d).
-- Each service owns its database; Flyway in the service creates the tables at start-up.
CREATE DATABASE rapporteur_catalog;
CREATE DATABASE rapporteur_query;
