-- Integration mappings are looked up by external id (is this id another tenant's? which tenant is this record of?):
-- an import of 10k clients asks once per client, which without an index reads every mapping each time.
create index tenant_external_ref_external_id on tenant_external_ref (external_id);
