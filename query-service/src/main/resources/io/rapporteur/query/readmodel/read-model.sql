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

-- The fact as the API serves it: fact fields, "sources" (its mentions) and "conflicts" (other canonical ids), as text.
-- Stored in facts.served by the writer; computed here only when the fact, its mentions or its conflicts change.
CREATE FUNCTION {rm}.served_json(p_id text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT (f.fact_json || jsonb_build_object(
        'sources', coalesce((SELECT jsonb_agg(m.source ORDER BY m.document_id, m.sentence_index, m.mention_id)
                             FROM {rm}.mentions m WHERE m.fact_id = f.id), '[]'::jsonb),
        'conflicts', coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.other_id, 'field', x.field) ORDER BY x.other_id)
                               FROM {rm}.fact_conflicts x WHERE x.fact_id = f.id), '[]'::jsonb)))::text
    FROM {rm}.facts f WHERE f.id = p_id
$$;

-- Stores the served JSON of a fact and logs the event with the fact's filter attributes as they now are (for a
-- retraction: the last state, flagged "retracted"). Returns false when the fact is not in the read models.
CREATE FUNCTION {rm}.log_fact_event(p_sequence bigint, p_event_type text, p_id text, p_retracted boolean)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    UPDATE {rm}.facts SET served = {rm}.served_json(p_id) WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO {rm}.event_log (sequence, event_type, event_key, fact_type, date_start, evidence, entity_ids,
                                treaty_ids, document_ids, payload)
    SELECT p_sequence, p_event_type, p_id, f.type, f.date_start, f.evidence,
           ARRAY(SELECT DISTINCT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = f.id),
           ARRAY(SELECT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = f.id AND e.role = 'treaty'),
           ARRAY(SELECT DISTINCT m.document_id FROM {rm}.mentions m WHERE m.fact_id = f.id),
           CASE WHEN p_retracted THEN f.served::jsonb || '{"retracted": true}'::jsonb ELSE f.served::jsonb END
    FROM {rm}.facts f WHERE f.id = p_id;
    RETURN true;
END
$$;

-- FactRecorded / FactCorroborated: the whole current state of a fact, applied once (the claim on key_versions and the
-- event log make a redelivery change nothing). A procedure, so that the writer can send the calls for a whole poll in
-- one JDBC batch: one round trip for any number of fact events.
CREATE PROCEDURE {rm}.apply_fact_state(p_sequence bigint, p_event_type text, p_id text, p_type text, p_date text,
                                       p_date_start date, p_evidence text, p_fact_json text, p_roles text[],
                                       p_entities text[], p_mention_ids text[], p_mention_documents text[],
                                       p_mention_sentences int[], p_mention_sources text[])
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {rm}.key_versions AS k (key, sequence) VALUES (p_id, p_sequence)
    ON CONFLICT (key) DO UPDATE SET sequence = EXCLUDED.sequence WHERE k.sequence < EXCLUDED.sequence;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM {rm}.event_log WHERE sequence = p_sequence) THEN
        RETURN;
    END IF;
    INSERT INTO {rm}.facts (id, type, date, date_start, evidence, fact_json, recorded_sequence, updated_sequence)
    VALUES (p_id, p_type, p_date, p_date_start, p_evidence, p_fact_json::jsonb, p_sequence, p_sequence)
    ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, date = EXCLUDED.date, date_start = EXCLUDED.date_start,
        evidence = EXCLUDED.evidence, fact_json = EXCLUDED.fact_json, updated_sequence = EXCLUDED.updated_sequence;
    DELETE FROM {rm}.fact_entities WHERE fact_id = p_id;
    DELETE FROM {rm}.fact_actors WHERE fact_id = p_id;
    DELETE FROM {rm}.mentions WHERE fact_id = p_id;
    INSERT INTO {rm}.fact_entities (fact_id, role, entity_id)
    SELECT p_id, r, x FROM unnest(p_roles, p_entities) AS t(r, x) ON CONFLICT DO NOTHING;
    INSERT INTO {rm}.fact_actors (fact_id, entity_id, date_start)
    SELECT DISTINCT p_id, x, p_date_start FROM unnest(p_entities) AS x ON CONFLICT DO NOTHING;
    INSERT INTO {rm}.mentions (fact_id, mention_id, document_id, sentence_index, source)
    SELECT p_id, i, d, s, src::jsonb FROM unnest(p_mention_ids, p_mention_documents, p_mention_sentences, p_mention_sources)
        AS t(i, d, s, src)
    ON CONFLICT DO NOTHING;
    PERFORM {rm}.log_fact_event(p_sequence, p_event_type, p_id, false);
END
$$;
