-- Bulk writes (issue 4). The catalog never queries inside its JSON columns: it writes them whole and reads them whole.
-- jsonb parses every value into its binary form on the way in and prints it back on the way out; json only checks
-- that the text is JSON. That is most of the cost of writing a mention and of relaying an event.
alter table mentions alter column fact type json using fact::json;
alter table mentions alter column spans type json using spans::json;
alter table canonical_facts alter column fact type json using fact::json;
alter table outbox alter column payload type json using payload::json;

-- entity_mentions rows are written and deleted only with their mention, in the same transaction (FactStore): the
-- per-row foreign-key checks on every link bought nothing but time.
alter table entity_mentions drop constraint entity_mentions_mention_id_fkey;
alter table entity_mentions drop constraint entity_mentions_entity_id_fkey;
