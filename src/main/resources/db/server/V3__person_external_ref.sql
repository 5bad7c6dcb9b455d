-- A person's integration mappings (source + external id, e.g. "entra" and the Entra object id), the same table as a
-- Canopy client's local store (its V6). Portable SQL for H2 2.x and PostgreSQL.

create table person_external_ref (
    person_id   uuid         not null references person (id),
    source      varchar(40)  not null,
    external_id varchar(200) not null,
    primary key (person_id, source)
);
create index person_external_ref_id on person_external_ref (source, external_id);
