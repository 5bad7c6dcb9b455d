package dev.canopy.ui.tree;

import java.util.UUID;

/** What the technician can do to tenants from the tree (and the menus that mirror it). */
public interface TenantActions {

    /** Creates a tenant under the given parent and starts renaming it in place. */
    void createUnder(UUID parentId);

    void rename(UUID tenantId, String newName);

    /** Asks for confirmation, then deletes; refuses with the reason when the tenant still owns anything. */
    void delete(UUID tenantId);

    void move(UUID tenantId, UUID newParentId);

    /** Opens the merge wizard with this tenant as the source. */
    void merge(UUID sourceId);

    /** Previews, then (once confirmed) moves the computers to the tenant as one command. */
    void reassignComputers(java.util.List<UUID> computerIds, UUID tenantId);

    /** Shows why something the technician tried cannot be done (e.g. a refused drop). */
    void explain(String reason);
}
