package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies an edit's new hierarchy to the tree's existing items instead of making a new root: after a
 * move or a rename only the items of the tenants that changed and of their old and new parents are
 * touched, so an edit costs the FX thread what it changed, not the 10k tenants the tree holds.
 */
final class TreePatch {

    /** More changed tenants than this and a new root is cheaper than patching. */
    static final int MOST_CHANGES = 200;

    private TreePatch() {
    }

    /** Patches the root's items from old to now; false (nothing touched) when the change is too large to patch. */
    static boolean apply(TenantTreeItem root, TreeSource source, TenantHierarchy old, TenantHierarchy now) {
        if (old.root().isEmpty() || now.root().isEmpty() || !old.root().get().id().equals(now.root().get().id())) {
            return false;
        }
        List<TenantNode> changed = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        var known = now.changesSince(old);  // an edit's snapshot names its changes; a fresh read must be compared
        if (known.isPresent()) {
            changed.addAll(known.get().changed());
            removed.addAll(known.get().removed());
        } else if (!diff(old, now, changed, removed)) {
            return false;
        }
        Set<UUID> parents = new LinkedHashSet<>();
        for (TenantNode node : changed) {
            old.node(node.id()).map(TenantNode::parentId).ifPresent(parents::add);
            if (node.parentId() != null) {
                parents.add(node.parentId());
            }
        }
        removed.forEach(id -> old.node(id).map(TenantNode::parentId).ifPresent(parents::add));
        source.replace(now);
        removed.forEach(source::forget);
        List<TenantTreeItem> affected = new ArrayList<>();
        for (UUID parent : parents) {
            TenantTreeItem item = source.item(parent);
            if (item != null) {
                affected.add(item);
            }
        }
        affected.forEach(TenantTreeItem::releaseLeavers);
        affected.forEach(TenantTreeItem::syncChildren);
        // any change of structure or value makes the tree redraw its visible cells, so the subtree
        // totals they show along both paths are redrawn too (the tests hold this)
        for (TenantNode node : changed) {
            TenantTreeItem item = source.item(node.id());
            if (item != null && !node.equals(item.getValue())) {
                item.setValue(node);
            }
        }
        return true;
    }

    /** Fills what changed between the two; false when that is more than {@link #MOST_CHANGES}. */
    private static boolean diff(TenantHierarchy old, TenantHierarchy now, List<TenantNode> changed, List<UUID> removed) {
        for (TenantNode node : now.depthFirst()) {
            if (!old.node(node.id()).map(node::equals).orElse(false)) {
                changed.add(node);
                if (changed.size() > MOST_CHANGES) {
                    return false;
                }
            }
        }
        int removedCount = old.size() - now.size() + countNew(old, changed);
        if (removedCount > 0) {
            for (TenantNode node : old.depthFirst()) {
                if (now.node(node.id()).isEmpty()) {
                    removed.add(node.id());
                    if (removed.size() > MOST_CHANGES) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static int countNew(TenantHierarchy old, List<TenantNode> changed) {
        int added = 0;
        for (TenantNode node : changed) {
            if (old.node(node.id()).isEmpty()) {
                added++;
            }
        }
        return added;
    }
}
