-- Schema 6: a person's integration mappings (source + external id, e.g. "entra" and the Entra object id), one per
-- source, stored as a tenant's are (tenant_external_ref). An import matches people by these before their e-mail.

create table person_external_ref (
    person_id   uuid         not null references person (id),
    source      varchar(40)  not null,
    external_id varchar(200) not null,
    primary key (person_id, source)
);
-- finding the person an Entra object id belongs to
create index person_external_ref_id on person_external_ref (source, external_id);
