package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantHierarchy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the items of one tree root share: the hierarchy they make their children from (replaced in
 * place when an edit is patched in, see {@link TreePatch}) and the items made so far, by tenant.
 */
final class TreeSource {

    private TenantHierarchy hierarchy;
    private final Map<UUID, TenantTreeItem> items = new HashMap<>();

    TreeSource(TenantHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    TenantHierarchy hierarchy() {
        return hierarchy;
    }

    void replace(TenantHierarchy next) {
        hierarchy = next;
    }

    void made(TenantTreeItem item) {
        items.put(item.getValue().id(), item);
    }

    /** The item made for a tenant, or null when none has been made (its parent was never expanded). */
    TenantTreeItem item(UUID id) {
        return items.get(id);
    }

    void forget(UUID id) {
        items.remove(id);
    }
}
