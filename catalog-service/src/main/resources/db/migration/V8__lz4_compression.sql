-- Outbox payloads carry a fact's whole state and all its sources, often beyond the 2 kB at which PostgreSQL
-- compresses a value: lz4 compresses several times faster than the default pglz, for about the same size.
alter table outbox alter column payload set compression lz4;
alter table canonical_facts alter column fact set compression lz4;
alter table mentions alter column fact set compression lz4;
