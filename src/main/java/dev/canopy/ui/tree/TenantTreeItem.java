package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantNode;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A tree item whose children are made only when first asked for, so a 10k-tenant tree costs
 * what is expanded, not what exists. With a search, only the tenants it shows are children; a new
 * search makes the children again (from the same items) when they are next asked for.
 */
final class TenantTreeItem extends TreeItem<TenantNode> {

    private final TreeSource source;
    /** The source's generation the children were made for; -1 before they were ever made. */
    private int madeFor = -1;
    /** The tenant's index in the source's search, or -1 (made after an edit was patched in). */
    private final int index;

    TenantTreeItem(TenantNode node, TreeSource source, int index) {
        super(node);
        this.source = source;
        this.index = index;
        source.made(this, index);
    }

    int index() {
        return index;
    }

    /** Children by the search's indexes: a keystroke looks at every client under the root, hashing none of their ids. */
    private boolean byIndex() {
        return index >= 0 && source.indexed();
    }

    private boolean childrenCurrent() {
        return madeFor == source.generation();
    }

    @Override
    public boolean isLeaf() {
        if (childrenCurrent()) {
            return super.getChildren().isEmpty();
        }
        if (byIndex()) {
            for (int child : source.search().childIndexes(index)) {
                if (source.showsAt(child)) {
                    return false;
                }
            }
            return true;
        }
        for (TenantNode child : source.hierarchy().children(getValue().id())) {
            if (source.shows(child.id())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ObservableList<TreeItem<TenantNode>> getChildren() {
        if (!childrenCurrent()) {
            setChildren(wantedChildren());
        }
        return super.getChildren();
    }

    /** Makes these the children (they were made by {@link #wantedChildren()} for the source's current filter). */
    void setChildren(List<TreeItem<TenantNode>> wanted) {
        madeFor = source.generation();
        if (!sameItems(wanted, super.getChildren())) {
            super.getChildren().setAll(wanted);
        }
    }

    /** Lets go of all children, so what is done to them until {@link #setChildren} notifies no tree. */
    void detachChildren() {
        madeFor = -1;
        super.getChildren().clear();
    }

    /**
     * Brings the children in line with the source's hierarchy after a patch, keeping the items that
     * stay (with their expansion and their own children) and taking a moved tenant's item along.
     */
    void syncChildren() {
        if (!childrenCurrent()) {
            getChildren();  // makes them, and tells the tree this item's children changed
            return;
        }
        setChildren(wantedChildren());
    }

    /** Drops the children that no longer belong here, so a moved one is free to join its new parent. */
    void releaseLeavers() {
        if (!super.getChildren().isEmpty()) {
            var stay = new java.util.HashSet<UUID>();
            source.hierarchy().children(getValue().id()).forEach(c -> stay.add(c.id()));
            super.getChildren().removeIf(item -> !stay.contains(item.getValue().id()));
        }
    }

    /** The items of the tenant's children that the source's filter shows, in the hierarchy's order. */
    List<TreeItem<TenantNode>> wantedChildren() {
        if (byIndex()) {
            int[] children = source.search().childIndexes(index);
            List<TreeItem<TenantNode>> items = new ArrayList<>(children.length);
            for (int child : children) {
                if (source.showsAt(child)) {
                    items.add(source.itemAt(child));
                }
            }
            return items;
        }
        List<TenantNode> children = source.hierarchy().children(getValue().id());
        List<TreeItem<TenantNode>> items = new ArrayList<>(children.size());
        for (TenantNode child : children) {
            if (source.shows(child.id())) {
                items.add(source.itemFor(child));
            }
        }
        return items;
    }

    private static boolean sameItems(List<TreeItem<TenantNode>> wanted, List<TreeItem<TenantNode>> current) {
        if (wanted.size() != current.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i) != current.get(i)) {
                return false;
            }
        }
        return true;
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
