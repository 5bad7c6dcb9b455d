package dev.canopy.store;

/** A tenant's name and whether the tenant is deleted: the history still names tenants the tree no longer shows. */
public record TenantName(String name, boolean deleted) {
}
