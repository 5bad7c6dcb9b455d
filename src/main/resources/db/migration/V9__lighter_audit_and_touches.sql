-- Schema 9: fewer index entries for each row an edit writes, which an import of 100k computers writes 200k times
-- (an audit entry and a touch per computer), and which the commit then visits again.
--
-- The audit is read newest first by id, and "since a moment" filters that order: entries are written in time order,
-- so an index on the time is not needed to find them.
drop index audit_at;

-- A pending mutation's touched records no longer hang on it by a foreign key (whose index was one more entry per
-- touch). A touch's key, touch_id, is its mutation's id times 2^24 plus its place in the mutation, so the touches of
-- one mutation are one range of the table's own key: read and removed with it (OutboxRows.remove) without an index.
create table outbox_touch_keyed (
    touch_id    bigint       primary key,
    mutation_id bigint       not null,
    entity      varchar(40)  not null,
    record_id   uuid         not null,
    setting_key varchar(80)  not null,
    fields      varchar(4000) not null
);
insert into outbox_touch_keyed (touch_id, mutation_id, entity, record_id, setting_key, fields)
    select mutation_id * 16777216 + row_number() over (partition by mutation_id order by entity, record_id, setting_key),
           mutation_id, entity, record_id, setting_key, fields
    from outbox_touch;
drop table outbox_touch;
alter table outbox_touch_keyed rename to outbox_touch;
create index outbox_touch_record on outbox_touch (entity, record_id, setting_key);
