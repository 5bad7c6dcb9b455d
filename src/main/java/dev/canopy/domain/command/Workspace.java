package dev.canopy.domain.command;

import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a command sees while it runs: the records inside one store transaction. Commands read
 * through it, check the rules and save new values; the store records every save for the audit.
 */
public interface Workspace {

    /** The tenant with this id, including a deleted one. */
    Optional<Tenant> tenant(UUID id);

    /** The non-deleted children of a tenant. */
    List<Tenant> children(UUID parentId);

    /** What a tenant still owns (non-deleted records). */
    Ownership ownership(UUID tenantId);

    /**
     * The live tenants whose own integration mapping for the source (ignoring case) has exactly this external id:
     * how a command keeps one external id of a source from belonging to two tenants.
     */
    List<Tenant> tenantsMappedTo(String source, String externalId);

    /**
     * {@link #tenantsMappedTo} for many mappings at once (an import brings 10k): the live holders of each mapping that
     * has any, keyed by the mapping with its source in lower case.
     */
    Map<ExternalRef, List<Tenant>> tenantsMappedToAny(java.util.Collection<ExternalRef> refs);

    /** A slug no other tenant (deleted ones included) has, derived from the base. */
    String uniqueSlug(String base, UUID forTenant);

    /** Stores a tenant; before is null for a new one. */
    void saveTenant(Tenant before, Tenant after);

    /** The stored tenants among the ids, removed ones included: one read for an import's thousands. */
    java.util.Map<UUID, Tenant> tenantsWithIds(java.util.Collection<UUID> ids);

    /** Stores many tenants in one batch (parents before their children); each before is null for a new one. */
    void saveTenants(List<Tenant> before, List<Tenant> after);

    /** The current tenant of each live computer among the ids (missing or deleted ones are left out). */
    java.util.Map<UUID, UUID> computerTenants(List<UUID> computerIds);

    /** The live computers a tenant owns. */
    List<UUID> computerIdsOf(UUID tenantId);

    /** Moves live computers to a tenant, writing one audit entry per computer; before holds their current tenants. */
    void moveComputers(UUID tenantId, List<UUID> computerIds, java.util.Map<UUID, UUID> before);

    /** The ids of the stored computers (deleted ones included) holding these device ids, by device id. */
    java.util.Map<String, UUID> computerIdsByDevice(java.util.Collection<String> deviceIds);

    /** The computers with these ids as stored, deleted ones included, without their inventory. */
    java.util.Map<UUID, dev.canopy.domain.computer.Computer> computersWithIds(java.util.Collection<UUID> ids);

    /**
     * Writes computers' own fields (not their inventory), one audit entry each; before holds each one's stored state,
     * null for a new one, in the same order as after.
     */
    void saveComputers(List<dev.canopy.domain.computer.Computer> before, List<dev.canopy.domain.computer.Computer> after);

    /** A tenant-owned record by id, including a deleted one. */
    <R> Optional<R> find(RecordKind<R> kind, UUID id);

    /** The live records of one kind owned by a tenant. */
    <R> List<R> ofTenant(RecordKind<R> kind, UUID tenantId);

    /** Stores a record (before is null for a new one) and writes its audit entry. */
    <R> void save(RecordKind<R> kind, R before, R after);

    /** A tenant's own row for a setting, if it has one. */
    Optional<dev.canopy.domain.preference.TenantPreference> preference(UUID tenantId, String key);

    /** Stores a tenant's setting; after null means back to inherit (the row is removed). */
    void savePreference(UUID tenantId, String key, dev.canopy.domain.preference.TenantPreference before,
                        dev.canopy.domain.preference.TenantPreference after);

    String actor();

    Instant now();

    /** Counts of what a tenant owns, to refuse deleting one that is not empty. */
    /** What a tenant still owns; a tenant is deleted only when it owns nothing, so nothing lives under a deleted one. */
    record Ownership(long childTenants, long computers, long people, long schedules, long deployments) {
        public boolean isEmpty() {
            return childTenants == 0 && computers == 0 && people == 0 && schedules == 0 && deployments == 0;
        }
    }
}
