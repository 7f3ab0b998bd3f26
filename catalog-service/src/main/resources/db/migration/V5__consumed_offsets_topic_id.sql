-- A topic deleted and created again under the same name starts its offsets at 0: offsets stored for the old topic
-- would make the catalog skip the new topic's records. Kafka gives every topic an id; the stored offsets belong to it.
alter table consumed_offsets add column topic_id text;
