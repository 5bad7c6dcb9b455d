package dev.canopy.domain.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Makes the hierarchy after an edit from the one before: only the sibling lists the edit touches are
 * copied and sorted again, and only the subtree totals on the paths to the changed tenants (old and
 * new places) are summed again, deepest first. Everything else is shared with the hierarchy before,
 * which is never changed.
 */
final class HierarchyEdit {

    private final TenantHierarchy before;
    private final List<TenantNode> changed;
    private final List<UUID> removed;
    private final Map<UUID, TenantNode> nodes;
    private final Map<UUID, List<TenantNode>> children;
    private final Set<UUID> copiedLists = new HashSet<>();
    private final Set<UUID> dirty = new HashSet<>();

    HierarchyEdit(TenantHierarchy before, Collection<TenantNode> changed, Collection<UUID> removed) {
        this.before = before;
        this.changed = List.copyOf(changed);
        this.removed = List.copyOf(removed);
        this.nodes = new HashMap<>(before.nodeMap());
        this.children = new HashMap<>(before.childMap());
    }

    TenantHierarchy apply() {
        for (UUID id : removed) {
            TenantNode old = nodes.remove(id);
            unlink(old);
            markPathBefore(old);
        }
        for (TenantNode node : changed) {
            TenantNode old = nodes.put(node.id(), node);
            unlink(old);
            markPathBefore(old);
            if (node.parentId() != null) {
                siblings(node.parentId()).add(node);
            }
        }
        Comparator<TenantNode> byName = TenantHierarchy.byName();
        copiedLists.forEach(parent -> children.get(parent).sort(byName));
        changed.forEach(node -> markPathAfter(node.id()));
        TenantNode root = before.root().filter(r -> !removed.contains(r.id())).map(r -> nodes.get(r.id())).orElse(null);
        for (TenantNode node : changed) {
            if (node.parentId() == null || (root != null && root.id().equals(node.id()))) {
                root = node;
            }
        }
        if (root == null && !nodes.isEmpty()) {
            return new TenantHierarchy(nodes.values());  // the top of a scoped copy went: find the new one
        }
        return new TenantHierarchy(nodes, children, sums(), root, before, new TenantHierarchy.Changes(changed, removed));
    }

    private void unlink(TenantNode old) {
        if (old != null && old.parentId() != null) {
            siblings(old.parentId()).removeIf(n -> n.id().equals(old.id()));
        }
    }

    /** The parent's child list, copied the first time this edit touches it (the hierarchy before keeps its own). */
    private List<TenantNode> siblings(UUID parent) {
        if (copiedLists.add(parent)) {
            children.put(parent, new ArrayList<>(children.getOrDefault(parent, List.of())));
        }
        return children.get(parent);
    }

    /** The ancestors of where a tenant was: their totals lose what it held. */
    private void markPathBefore(TenantNode old) {
        if (old != null) {
            for (UUID id = old.parentId(); id != null; id = parentBefore(id)) {
                dirty.add(id);
            }
        }
    }

    private UUID parentBefore(UUID id) {
        return before.node(id).map(TenantNode::parentId).orElse(null);
    }

    /** A changed tenant and its new ancestors: their totals gain what it holds. */
    private void markPathAfter(UUID id) {
        UUID current = id;
        while (current != null) {
            dirty.add(current);
            TenantNode node = nodes.get(current);
            current = node == null ? null : node.parentId();
        }
    }

    private Map<UUID, Integer> sums() {
        Map<UUID, Integer> sums = new HashMap<>(before.subtreeMap());
        removed.forEach(sums::remove);
        List<UUID> order = new ArrayList<>();
        Map<UUID, Integer> depth = new HashMap<>();
        for (UUID id : dirty) {
            if (nodes.containsKey(id)) {
                order.add(id);
                depth.put(id, depthOf(id));
            }
        }
        order.sort(Comparator.comparing(depth::get).reversed());  // children before their parents
        for (UUID id : order) {
            int sum = nodes.get(id).computers();
            for (TenantNode child : children.getOrDefault(id, List.of())) {
                sum += sums.getOrDefault(child.id(), 0);
            }
            sums.put(id, sum);
        }
        return sums;
    }

    private int depthOf(UUID id) {
        int depth = 0;
        for (TenantNode node = nodes.get(id); node != null && node.parentId() != null; node = nodes.get(node.parentId())) {
            depth++;
        }
        return depth;
    }
}
