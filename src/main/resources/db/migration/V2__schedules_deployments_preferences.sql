-- Schema 2: what tenants own besides computers and people. Schedules and deployments keep their
-- fields as one JSON document (queried by owner tenant only); preferences are one row per
-- tenant and setting that is not "inherit".

create table schedule (
    id         uuid primary key,
    tenant_id  uuid         not null references tenant (id),
    body       clob         not null,
    version    bigint       not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null,
    deleted    boolean      not null
);
create index schedule_tenant on schedule (tenant_id);

create table deployment (
    id         uuid primary key,
    tenant_id  uuid         not null references tenant (id),
    body       clob         not null,
    version    bigint       not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null,
    deleted    boolean      not null
);
create index deployment_tenant on deployment (tenant_id);

create table tenant_preference (
    tenant_id     uuid          not null references tenant (id),
    setting_key   varchar(80)   not null,
    mode          varchar(10)   not null,
    setting_value varchar(4000) not null,
    version       bigint        not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(200)  not null,
    primary key (tenant_id, setting_key),
    constraint preference_mode check (mode in ('OVERRIDE', 'ENFORCED'))
);
