package dev.canopy.domain.tenant;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.RuleViolation.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant tree in memory: children sorted by name, ancestor checks and subtree totals. Built
 * once from a snapshot of the store; immutable, so it can be shared between threads.
 */
public final class TenantHierarchy {

    private static final Comparator<TenantNode> BY_NAME =
            Comparator.comparing(TenantNode::name, String.CASE_INSENSITIVE_ORDER).thenComparing(TenantNode::name).thenComparing(TenantNode::id);

    private final Map<UUID, TenantNode> nodes;
    private final Map<UUID, List<TenantNode>> children;
    private final Map<UUID, Integer> subtreeComputers;
    private final TenantNode root;
    private final java.lang.ref.WeakReference<TenantHierarchy> basis;
    private final Changes changes;

    public TenantHierarchy(Collection<TenantNode> all) {
        nodes = new HashMap<>();
        children = new HashMap<>();
        subtreeComputers = new HashMap<>();
        basis = null;
        changes = null;
        TenantNode foundRoot = null;
        for (TenantNode node : all) {
            nodes.put(node.id(), node);
            if (node.parentId() == null) {
                foundRoot = node;
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        children.values().forEach(list -> list.sort(BY_NAME));
        root = foundRoot != null ? foundRoot : scopeTop(all);
        if (root != null) {
            sumComputers(root);
        }
    }

    /**
     * A technician scoped to one client holds that client and its subtree but not the MSP above it: the tenant whose
     * parent is not held here is the top of the copy (the first by name should the copy hold more than one).
     */
    private TenantNode scopeTop(Collection<TenantNode> all) {
        TenantNode top = null;
        for (TenantNode node : all) {
            if (!nodes.containsKey(node.parentId()) && (top == null || BY_NAME.compare(node, top) < 0)) {
                top = node;
            }
        }
        return top;
    }

    /** Whether this is the instance's MSP tenant, not the top of a technician's scoped copy. */
    public boolean isMspRoot(UUID id) {
        return root != null && root.id().equals(id) && root.parentId() == null;
    }

    /** Whether the tenant is the top of what this copy holds: the MSP tenant, or the client a scoped copy starts at. */
    public boolean isTop(UUID id) {
        return root != null && root.id().equals(id);
    }

    /**
     * This hierarchy with some tenants changed (added, renamed, moved…) and some removed: what the
     * store's snapshot would be after an edit that touched only those, without reading it again.
     * Costs what the change touches (see {@link HierarchyEdit}), not the size of the tree.
     */
    public TenantHierarchy with(Collection<TenantNode> changed, Collection<UUID> removed) {
        return new HierarchyEdit(this, changed, removed).apply();
    }

    /** What changed from an earlier hierarchy, when this one was made from it by {@link #with}; else empty. */
    public Optional<Changes> changesSince(TenantHierarchy earlier) {
        return basis != null && basis.get() == earlier ? Optional.of(changes) : Optional.empty();
    }

    /** The tenants an edit changed (in their new state) and those it removed. */
    public record Changes(List<TenantNode> changed, List<UUID> removed) {
    }

    TenantHierarchy(Map<UUID, TenantNode> nodes, Map<UUID, List<TenantNode>> children, Map<UUID, Integer> subtreeComputers,
                    TenantNode root, TenantHierarchy basis, Changes changes) {
        this.nodes = nodes;
        this.children = children;
        this.subtreeComputers = subtreeComputers;
        this.root = root;
        // weak: a chain of snapshots, each holding the one before, would keep every old tree alive
        this.basis = new java.lang.ref.WeakReference<>(basis);
        this.changes = changes;
    }

    Map<UUID, TenantNode> nodeMap() {
        return nodes;
    }

    Map<UUID, List<TenantNode>> childMap() {
        return children;
    }

    Map<UUID, Integer> subtreeMap() {
        return subtreeComputers;
    }

    static Comparator<TenantNode> byName() {
        return BY_NAME;
    }

    public static TenantHierarchy empty() {
        return new TenantHierarchy(List.of());
    }

    public Optional<TenantNode> root() {
        return Optional.ofNullable(root);
    }

    public int size() {
        return nodes.size();
    }

    /** Whether the other holds exactly the same tenants, each with the same parent, name, kind, zone and count. */
    public boolean sameTenants(TenantHierarchy other) {
        return this == other || nodes.equals(other.nodes);
    }

    public Optional<TenantNode> node(UUID id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public List<TenantNode> children(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /** Computers of the tenant and all its descendants. */
    public int subtreeComputers(UUID id) {
        return subtreeComputers.getOrDefault(id, 0);
    }

    public int totalComputers() {
        return root == null ? 0 : subtreeComputers(root.id());
    }

    /** True when candidate is the tenant or lies below it. */
    public boolean isSelfOrDescendant(UUID tenant, UUID candidate) {
        for (UUID current = candidate; current != null; ) {
            if (current.equals(tenant)) {
                return true;
            }
            TenantNode node = nodes.get(current);
            current = node == null ? null : node.parentId();
        }
        return false;
    }

    /** Root first, the tenant itself last. */
    public List<TenantNode> path(UUID id) {
        List<TenantNode> path = new ArrayList<>();
        for (TenantNode node = nodes.get(id); node != null; node = isTop(node.id()) ? null : nodes.get(node.parentId())) {
            path.add(0, node);
        }
        return path;
    }

    /** The ids of a tenant and everything below it. */
    public List<UUID> subtree(UUID top) {
        List<UUID> ids = new ArrayList<>();
        ArrayList<UUID> stack = new ArrayList<>(List.of(top));
        while (!stack.isEmpty()) {
            UUID id = stack.remove(stack.size() - 1);
            ids.add(id);
            children(id).forEach(c -> stack.add(c.id()));
        }
        return ids;
    }

    /** A tenant and everything below it in the tree's order: parents before children, siblings by name. */
    public List<UUID> treeOrder(UUID top) {
        List<UUID> out = new ArrayList<>();
        ArrayList<UUID> stack = new ArrayList<>(List.of(top));
        while (!stack.isEmpty()) {
            UUID id = stack.remove(stack.size() - 1);
            out.add(id);
            List<TenantNode> kids = children(id);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i).id());
            }
        }
        return out;
    }

    /** Every tenant, parents before children, siblings by name. */
    public List<TenantNode> depthFirst() {
        List<TenantNode> out = new ArrayList<>(nodes.size());
        if (root != null) {
            ArrayList<TenantNode> stack = new ArrayList<>();
            stack.add(root);
            while (!stack.isEmpty()) {
                TenantNode node = stack.remove(stack.size() - 1);
                out.add(node);
                List<TenantNode> kids = children(node.id());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.add(kids.get(i));
                }
            }
        }
        return out;
    }

    private int sumComputers(TenantNode top) {
        // iterative post-order: deep hierarchies must not overflow the stack
        List<TenantNode> order = new ArrayList<>();
        ArrayList<TenantNode> stack = new ArrayList<>();
        stack.add(top);
        while (!stack.isEmpty()) {
            TenantNode node = stack.remove(stack.size() - 1);
            order.add(node);
            stack.addAll(children(node.id()));
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            TenantNode node = order.get(i);
            int sum = node.computers();
            for (TenantNode child : children(node.id())) {
                sum += subtreeComputers.get(child.id());
            }
            subtreeComputers.put(node.id(), sum);
        }
        return subtreeComputers.get(top.id());
    }

    /**
     * Why a tenant cannot move under a new parent, in words for the technician, or empty when it can.
     * The store checks the same rules again when the move is applied.
     */
    public Optional<String> moveProblem(UUID tenantId, UUID newParentId) {
        return moveRefusal(tenantId, newParentId).map(RuleViolation::getMessage);
    }

    /** The refusal of a move with its field and kind: "parent" for where it would go, "name" for a sibling's name. */
    public Optional<RuleViolation> moveRefusal(UUID tenantId, UUID newParentId) {
        TenantNode tenant = nodes.get(tenantId);
        TenantNode parent = nodes.get(newParentId);
        if (tenant == null || parent == null) {
            return refusal(Kind.NOT_FOUND, "That tenant no longer exists.");
        }
        if (tenant.parentId() == null) {
            return refusal(Kind.NOT_ALLOWED, "The MSP tenant is the root; it cannot be moved.");
        }
        if (isTop(tenantId)) {
            return refusal(Kind.NOT_ALLOWED, "\"" + tenant.name() + "\" is the top of your scope; only a technician of the MSP can move it.");
        }
        if (tenantId.equals(newParentId)) {
            return refusal(Kind.NOT_ALLOWED, "A tenant cannot be its own parent.");
        }
        if (isSelfOrDescendant(tenantId, newParentId)) {
            return refusal(Kind.NOT_ALLOWED, "\"" + parent.name() + "\" is inside \"" + tenant.name() + "\"; a tenant cannot move under its own descendant.");
        }
        if (newParentId.equals(tenant.parentId())) {
            return refusal(Kind.UNCHANGED, "\"" + tenant.name() + "\" is already under \"" + parent.name() + "\".");
        }
        return TenantRules.siblingNameClash(tenant.name(), tenantId, newParentId, this);
    }

    private static Optional<RuleViolation> refusal(Kind kind, String message) {
        return Optional.of(new RuleViolation("parent", kind, message));
    }

    /** A name not yet used among the children of a parent: base, "base 2", "base 3"… */
    public String freeChildName(UUID parentId, String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        children(parentId).forEach(c -> taken.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** A tenant's place as one line, root first: "Northwind › Alder Dental › Berlin Office" (empty for an unknown id). */
    public String pathText(UUID id) {
        return String.join(" › ", path(id).stream().map(TenantNode::name).toList());
    }
}
