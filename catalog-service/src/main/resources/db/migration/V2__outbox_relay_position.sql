-- The relay's position: every outbox row up to last_sent is on the topic. The relay sends in sequence order, so the
-- sent rows are always a prefix; one row updated per relayed batch replaces an update of every relayed row.
create table outbox_relay (
    id         integer primary key check (id = 1),
    last_sent  bigint not null
);
insert into outbox_relay values (1, coalesce((select max(sequence) from outbox where sent_at is not null), 0));

drop index outbox_unsent;
alter table outbox drop column sent_at;
