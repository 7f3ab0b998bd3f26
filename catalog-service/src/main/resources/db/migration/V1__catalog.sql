-- The catalog: the system of record of documents, facts and their sources.

-- Documents as ingest submitted them. A row may be a tombstone (withdrawn, no text) when a withdrawal came first.
create table documents (
    id            text primary key,
    title         text,
    text          text,
    source        text,
    published     text,
    language      text,
    media_type    text,
    received_at   text,
    content_hash  text,
    cataloged_at  timestamptz not null default now(),
    withdrawn_at  timestamptz
);

-- One canonical fact per identity (type + key fields + date), whatever the document.
create table canonical_facts (
    id          text primary key,
    type        text not null,
    undated_id  text not null,
    date        text,
    fact        jsonb not null,
    status      text,
    retracted   boolean not null default false,
    state_hash  text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
-- conflict detection looks for the other live facts with the same identity but for the date
create index canonical_facts_undated on canonical_facts (undated_id) where not retracted;
create index canonical_facts_type on canonical_facts (type);

-- One document's statement of a canonical fact.
create table mentions (
    id                 text primary key,
    canonical_id       text not null references canonical_facts (id),
    document_id        text not null,
    sentence_index     integer,
    spans              jsonb,
    confidence         double precision not null,
    extractor_version  text,
    evidence           text,
    fact               jsonb not null,
    content_hash       text not null
);
create index mentions_canonical on mentions (canonical_id);
create index mentions_document on mentions (document_id);

-- Pairs of canonical facts that are the same fact but for the date: their sources disagree.
create table conflicts (
    fact_a       text not null references canonical_facts (id),
    fact_b       text not null references canonical_facts (id),
    field        text not null,
    detected_at  timestamptz not null default now(),
    primary key (fact_a, fact_b),
    check (fact_a < fact_b)
);
create index conflicts_b on conflicts (fact_b);

-- Every entity id ever seen; counts come from entity_mentions, which follow the live mentions.
create table entities (
    id          text primary key,
    kind        text not null,
    label       text,
    first_seen  timestamptz not null default now()
);
create index entities_kind on entities (kind, id);

create table entity_mentions (
    mention_id    text not null references mentions (id) on delete cascade,
    entity_id     text not null references entities (id),
    field         text not null,
    surface_form  text,
    primary key (mention_id, entity_id, field)
);
create index entity_mentions_entity on entity_mentions (entity_id);

-- Exactly-once effect: the next offset to process of each partition, written in the same transaction as the data.
create table consumed_offsets (
    topic        text not null,
    partition    integer not null,
    next_offset  bigint not null,
    primary key (topic, partition)
);

-- Transactional outbox. The sequence comes from outbox_counter, not from a bigserial, so that it is gap-free:
-- a rolled-back transaction gives its numbers back.
create table outbox (
    sequence    bigint primary key,
    key         text not null,
    type        text not null,
    payload     jsonb not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_unsent on outbox (sequence) where sent_at is null;

create table outbox_counter (
    id    integer primary key check (id = 1),
    last  bigint not null
);
insert into outbox_counter values (1, 0);
