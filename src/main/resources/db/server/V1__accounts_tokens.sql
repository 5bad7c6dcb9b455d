-- The central server's identity tables: the people who hold API tokens, and the tokens.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL (text, uuid, timestamp(6) with time zone, no clob).
-- The tenant and record tables come in later migrations (V2+).

create table server_account (
    id          uuid                        not null primary key,
    -- stored trimmed and lower-cased by the server, so one address is one account
    email       varchar(254)                not null,
    role        varchar(32)                 not null,
    -- null until the MSP's first publish creates the tenant the account belongs to
    tenant_id   uuid,
    -- the person record this account is, once people are synced
    person_id   uuid,
    created_at  timestamp(6) with time zone not null,
    constraint server_account_email_unique unique (email)
);

create table api_token (
    id            uuid                        not null primary key,
    account_id    uuid                        not null references server_account (id),
    -- hex SHA-256 of the token; the token itself is shown once and never stored
    token_hash    varchar(64)                 not null,
    created_at    timestamp(6) with time zone not null,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone,
    constraint api_token_hash_unique unique (token_hash)
);

create index api_token_account on api_token (account_id);

-- One row per decision that must be made by one writer at a time across every server process, taken with
-- "select ... for update" (portable, unlike advisory locks or LOCK TABLE). 'accounts': creating an account, so
-- that "the first account becomes MSP_ADMIN" holds when two token creates run at once.
create table server_lock (
    name varchar(32) not null primary key
);

insert into server_lock (name) values ('accounts');
