package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantNode;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tree item whose children are made only when first asked for, so a 10k-tenant tree costs
 * what is expanded, not what exists. With a search, only visible tenants become items.
 */
final class TenantTreeItem extends TreeItem<TenantNode> {

    private final TreeSource source;
    private final Set<UUID> visible;
    private final Set<UUID> open;
    private boolean childrenMade;

    /** visible and open are null when no search filters the tree; open holds the items a search opens. */
    TenantTreeItem(TenantNode node, TreeSource source, Set<UUID> visible, Set<UUID> open) {
        super(node);
        this.source = source;
        this.visible = visible;
        this.open = open;
        source.made(this);
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
        for (TenantNode child : source.hierarchy().children(getValue().id())) {
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
            super.getChildren().setAll(wantedChildren());
        }
        return super.getChildren();
    }

    /**
     * Brings the children in line with the source's hierarchy after a patch, keeping the items that
     * stay (with their expansion and their own children) and taking a moved tenant's item along.
     */
    void syncChildren() {
        if (!childrenMade) {
            getChildren();  // makes them, and tells the tree this item's children changed
            return;
        }
        List<TreeItem<TenantNode>> wanted = wantedChildren();
        if (!wanted.equals(super.getChildren())) {
            super.getChildren().setAll(wanted);
        }
    }

    /** Drops the children that no longer belong here, so a moved one is free to join its new parent. */
    void releaseLeavers() {
        if (childrenMade) {
            var stay = new java.util.HashSet<UUID>();
            source.hierarchy().children(getValue().id()).forEach(c -> stay.add(c.id()));
            super.getChildren().removeIf(item -> !stay.contains(item.getValue().id()));
        }
    }

    private List<TreeItem<TenantNode>> wantedChildren() {
        List<TreeItem<TenantNode>> items = new ArrayList<>();
        for (TenantNode child : source.hierarchy().children(getValue().id())) {
            if (visible == null || visible.contains(child.id())) {
                TenantTreeItem existing = source.item(child.id());
                items.add(existing != null ? existing : new TenantTreeItem(child, source, visible, open));
            }
        }
        return items;
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
