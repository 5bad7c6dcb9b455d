-- Schema 3: every audit entry names the tenant it concerns, so a tenant's history is one indexed query.
alter table audit_entry add column tenant_id uuid;
create index audit_tenant on audit_entry (tenant_id);
create index audit_at on audit_entry (at);
