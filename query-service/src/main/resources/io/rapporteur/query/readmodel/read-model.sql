-- The read models of the query service, created in one schema per generation: {rm} is replaced by the schema name.
-- Read models are disposable: a change here ships with a rebuild (POST /api/admin/rebuild-read-models), not an
-- in-place migration: bump the version below, and a service that finds an older generation active at start-up builds a
-- new one from the topic (ReadModels).
CREATE SCHEMA {rm};

CREATE TABLE {rm}.model_version (version int NOT NULL);
INSERT INTO {rm}.model_version VALUES (2);

-- One row per current canonical fact. fact_json is the fact in the FACTS.md shape (id = canonical id).
-- date_start is the first day the fact's date can denote ("2000" -> 2000-01-01, "2005/2008" -> 2005-01-01).
CREATE TABLE {rm}.facts (
    id                text PRIMARY KEY,
    type              text NOT NULL,
    date              text,
    date_start        date,
    evidence          text NOT NULL DEFAULT '',
    fact_json         jsonb NOT NULL,
    search            tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED,
    -- The fact as the API serves it (fact_json + "sources" + "conflicts", FactSnapshot.SERVED_JSON), kept up to date
    -- by the writer whenever the fact, its mentions or its conflicts change, so that a read only copies it out.
    served            text NOT NULL DEFAULT '',
    recorded_sequence bigint NOT NULL,
    updated_sequence  bigint NOT NULL
);
CREATE INDEX facts_by_date ON {rm}.facts (date_start, id);
CREATE INDEX facts_by_type_date ON {rm}.facts (type, date_start, id);
CREATE INDEX facts_search ON {rm}.facts USING gin (search);

-- Every entity a fact names, by role (the field: actor, treaty, participants, ...).
CREATE TABLE {rm}.fact_entities (
    fact_id   text NOT NULL,
    role      text NOT NULL,
    entity_id text NOT NULL,
    PRIMARY KEY (fact_id, role, entity_id)
);
CREATE INDEX fact_entities_by_entity ON {rm}.fact_entities (entity_id, role);

-- The facts naming an entity (in any role), in list order: a page of /api/facts?actor= is the first rows of one index
-- range instead of a sort of every fact of the actor. date_start is a copy of facts.date_start.
CREATE TABLE {rm}.fact_actors (
    fact_id    text NOT NULL,
    entity_id  text NOT NULL,
    date_start date,
    PRIMARY KEY (fact_id, entity_id)
);
CREATE INDEX fact_actors_in_order ON {rm}.fact_actors (entity_id, date_start, fact_id);

-- The sources of a fact: one row per mention, source = the Mention as JSON.
CREATE TABLE {rm}.mentions (
    fact_id        text NOT NULL,
    mention_id     text NOT NULL,
    document_id    text NOT NULL,
    sentence_index int  NOT NULL,
    source         jsonb NOT NULL,
    PRIMARY KEY (fact_id, mention_id)
);
CREATE INDEX mentions_by_document ON {rm}.mentions (document_id, fact_id);

-- Conflicts are kept both ways round: (a, b) and (b, a).
CREATE TABLE {rm}.fact_conflicts (
    fact_id  text NOT NULL,
    other_id text NOT NULL,
    field    text,
    PRIMARY KEY (fact_id, other_id)
);

CREATE TABLE {rm}.documents (
    id          text PRIMARY KEY,
    title       text,
    text        text NOT NULL,
    source      text,
    published   text,
    language    text,
    media_type  text,
    received_at text,
    sequence    bigint NOT NULL
);

-- The last catalog sequence applied per event key: an event at or below it is a redelivery and changes nothing.
CREATE TABLE {rm}.key_versions (
    key      text PRIMARY KEY,
    sequence bigint NOT NULL
);

-- Every applied catalog event, for server-sent-event replay. The filter columns hold the fact as it was when the event
-- was applied (for a retraction: its last known state), so that replay applies the same filters as /api/facts.
CREATE TABLE {rm}.event_log (
    sequence     bigint PRIMARY KEY,
    event_type   text NOT NULL,
    event_key    text,
    fact_type    text,
    date_start   date,
    evidence     text,
    entity_ids   text[] NOT NULL DEFAULT '{}',
    treaty_ids   text[] NOT NULL DEFAULT '{}',
    document_ids text[] NOT NULL DEFAULT '{}',
    payload      jsonb,
    applied_at   timestamptz NOT NULL DEFAULT now()
);
