-- Schema 5: maintenance history, one row per session on a computer. Read-only in the app (it arrives by import,
-- sync or sample data). A session names its computer's tenant, so "recent sessions of these tenants" is one
-- indexed query; when computers move between tenants (merge, reassign) their sessions move with them.

create table maintenance_session (
    id          uuid primary key,
    computer_id uuid          not null references computer (id),
    tenant_id   uuid          not null references tenant (id),
    started     timestamp(6) with time zone not null,
    finished    timestamp(6) with time zone,
    status      varchar(10)   not null,
    summary     varchar(2000) not null,
    version     bigint        not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(200)  not null,
    deleted     boolean       not null,
    constraint session_status check (status in ('SUCCEEDED', 'FAILED', 'CANCELLED', 'RUNNING')),
    constraint session_finished check ((status = 'RUNNING' and finished is null)
        or (status <> 'RUNNING' and finished is not null and finished >= started))
);
-- recent sessions of these tenants, newest first (and the last 30 days' counts)
create index session_tenant_started on maintenance_session (tenant_id, started desc);
-- a computer's history, newest first; also what moving a computer's sessions looks up
create index session_computer_started on maintenance_session (computer_id, started desc);
