-- Leaner rows for bulk writes (issue 4).
-- A mention's spans and evidence sentence are part of its fact (mentions.fact: provenance and evidence, as the
-- document states them), which is what the catalog reads back. The two columns were copies written with every mention
-- and never read: a third of each row's bytes.
alter table mentions drop column spans;
alter table mentions drop column evidence;

-- The fact and event documents are written whole by the catalog (from Jackson, so always JSON) and read whole: the
-- server never looks inside them. As json, PostgreSQL parsed every one on the way in only to check that it is JSON,
-- which was the largest share of its work per mention.
alter table mentions alter column fact type text;
alter table canonical_facts alter column fact type text;
alter table outbox alter column payload type text;
