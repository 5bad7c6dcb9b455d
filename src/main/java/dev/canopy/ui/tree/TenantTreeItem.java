package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.Set;
import java.util.UUID;

/**
 * A tree item whose children are made only when first asked for, so a 10k-tenant tree costs
 * what is expanded, not what exists. With a search, only visible tenants become items.
 */
final class TenantTreeItem extends TreeItem<TenantNode> {

    private final TenantHierarchy hierarchy;
    private final Set<UUID> visible;
    private final Set<UUID> open;
    private boolean childrenMade;

    /** visible and open are null when no search filters the tree; open holds the items a search opens. */
    TenantTreeItem(TenantNode node, TenantHierarchy hierarchy, Set<UUID> visible, Set<UUID> open) {
        super(node);
        this.hierarchy = hierarchy;
        this.visible = visible;
        this.open = open;
        if (open != null && open.contains(node.id())) {
            // a search shows its matches in place; expanding now, before the item has a parent,
            // fires its expansion event on a one-item chain instead of up the whole tree
            setExpanded(true);
        }
    }

    @Override
    public boolean isLeaf() {
        if (childrenMade) {
            return super.getChildren().isEmpty();
        }
        for (TenantNode child : hierarchy.children(getValue().id())) {
            if (visible == null || visible.contains(child.id())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ObservableList<TreeItem<TenantNode>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            var items = new java.util.ArrayList<TreeItem<TenantNode>>();
            for (TenantNode child : hierarchy.children(getValue().id())) {
                if (visible == null || visible.contains(child.id())) {
                    items.add(new TenantTreeItem(child, hierarchy, visible, open));
                }
            }
            super.getChildren().setAll(items);
        }
        return super.getChildren();
    }

    /** The child item of this tenant, or null. */
    TenantTreeItem child(UUID id) {
        for (TreeItem<TenantNode> item : getChildren()) {
            if (item.getValue().id().equals(id)) {
                return (TenantTreeItem) item;
            }
        }
        return null;
    }
}
