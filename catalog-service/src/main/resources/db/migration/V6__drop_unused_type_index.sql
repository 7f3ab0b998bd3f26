-- No catalog query filters canonical facts by type (lists by type are the query service's read models); the index
-- only cost time on every write of a canonical fact.
drop index if exists canonical_facts_type;
