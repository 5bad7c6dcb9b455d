-- Schema 8: a maintenance session no longer names a tenant; its tenant is its computer's, read through the computer.
-- Keeping a copy on every session made each move of computers (a reassign, a merge, a pulled move) rewrite all their
-- sessions, a random page each: four sessions a computer made a reassign of 10k computers mostly session writes.
-- Dropping the column drops its foreign key and that key's index with it.
drop index session_tenant_started;
alter table maintenance_session drop column tenant_id;
