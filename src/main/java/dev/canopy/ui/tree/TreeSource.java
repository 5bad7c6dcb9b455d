package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantSearch;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the items of one tree root share: the hierarchy they make their children from (replaced in
 * place when an edit is patched in, see {@link TreePatch}), the search that filters them, and the
 * items made so far, one per tenant, kept across searches so a keystroke reuses them.
 */
final class TreeSource {

    private TenantHierarchy hierarchy;
    /** The search over the hierarchy the source was made for: its tree-order indexes find items without hashing ids. */
    private final TenantSearch search;
    private final TenantTreeItem[] byIndex;
    private final Map<UUID, TenantTreeItem> items = new HashMap<>();
    /** Items that are expanded, so a new search can close those it does not open. */
    private final Set<TenantTreeItem> expanded = new LinkedHashSet<>();
    private TenantSearch.Result filter = TenantSearch.Result.everything();
    /** Bumped by each new filter: an item whose children were made for an older one makes them again when asked. */
    private int generation;

    TreeSource(TenantHierarchy hierarchy, TenantSearch search) {
        this.hierarchy = hierarchy;
        this.search = search;
        byIndex = new TenantTreeItem[search.size()];
    }

    TenantSearch search() {
        return search;
    }

    /** Whether the search's indexes still describe the hierarchy (an edit patched in replaces it). */
    boolean indexed() {
        return search.hierarchy() == hierarchy;
    }

    TenantHierarchy hierarchy() {
        return hierarchy;
    }

    void replace(TenantHierarchy next) {
        hierarchy = next;
    }

    void filter(TenantSearch.Result result) {
        filter = result;
        generation++;
    }

    int generation() {
        return generation;
    }

    /** Whether the search shows this tenant (every tenant when nothing filters). */
    boolean shows(UUID id) {
        return filter.isEverything() || filter.isVisible(id);
    }

    /** Whether the search shows the tenant at this index (only while {@link #indexed()}). */
    boolean showsAt(int index) {
        return filter.isVisibleAt(index);
    }

    /** The tenant's item, made now if it never was. */
    TenantTreeItem itemFor(TenantNode node) {
        TenantTreeItem existing = items.get(node.id());
        return existing != null ? existing : new TenantTreeItem(node, this, indexed() ? search.indexOf(node.id()) : -1);
    }

    /** The item of the tenant at this index of the search (only while {@link #indexed()}), made now if it never was. */
    TenantTreeItem itemAt(int index) {
        TenantTreeItem existing = byIndex[index];
        return existing != null ? existing : new TenantTreeItem(search.node(index), this, index);
    }

    void made(TenantTreeItem item, int index) {
        items.put(item.getValue().id(), item);
        if (index >= 0) {
            byIndex[index] = item;
        }
    }

    /** The item made for a tenant, or null when none has been made (its parent was never expanded). */
    TenantTreeItem item(UUID id) {
        return items.get(id);
    }

    void forget(UUID id) {
        TenantTreeItem item = items.remove(id);
        if (item != null) {
            expanded.remove(item);
            int index = item.index();
            if (index >= 0 && byIndex[index] == item) {
                byIndex[index] = null;
            }
        }
    }

    /** Expands or collapses an item and remembers which are expanded. */
    void expand(TenantTreeItem item, boolean open) {
        if (item.isExpanded() != open) {
            item.setExpanded(open);
        }
        noteExpansion(item, open);
    }

    /** Records an expansion made elsewhere (the technician's click, reached through the root's events). */
    void noteExpansion(TenantTreeItem item, boolean open) {
        if (open) {
            expanded.add(item);
        } else {
            expanded.remove(item);
        }
    }

    Set<TenantTreeItem> expandedItems() {
        return expanded;
    }
}
