package dev.canopy.domain.preference;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The effective settings of every tenant of a tree, computed top-down in one pass (each tenant's
 * values follow from its parent's and its own rows, see {@link Effective#inheritedBy}). Used where
 * many tenants are needed at once: tree badges, the cross-tenant opt-out of deployments.
 * <p>
 * Immutable; a move or an edit returns a new tree that recomputes only the subtree it affects and
 * shares everything else.
 */
public final class PreferenceTree {

    private final List<SettingDefinition> definitions;
    private final Map<String, Integer> slots;
    private final Map<UUID, UUID> parentOf;
    private final Map<UUID, List<UUID>> childrenOf;
    private final Map<UUID, Map<String, TenantPreference>> own;
    private final Map<UUID, Effective[]> effective;

    /**
     * @param parentOf every tenant with its parent; a tenant whose parent is null or not in the map is a root
     * @param ownByTenant each tenant's own rows by key; INHERIT and deleted rows are ignored
     * @throws IllegalArgumentException when the parent links form a cycle or two definitions share a key
     */
    public PreferenceTree(Map<UUID, UUID> parentOf, Map<UUID, Map<String, TenantPreference>> ownByTenant,
                          Collection<SettingDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        this.slots = new HashMap<>();
        for (SettingDefinition definition : this.definitions) {
            if (slots.put(definition.key(), slots.size()) != null) {
                throw new IllegalArgumentException("two definitions for " + definition.key());
            }
        }
        this.parentOf = new HashMap<>();
        this.childrenOf = new HashMap<>();
        this.own = new HashMap<>();
        List<UUID> roots = new ArrayList<>();
        for (Map.Entry<UUID, UUID> link : parentOf.entrySet()) {
            UUID parent = link.getValue() != null && parentOf.containsKey(link.getValue()) ? link.getValue() : null;
            this.parentOf.put(link.getKey(), parent);
            if (parent == null) {
                roots.add(link.getKey());
            } else {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(link.getKey());
            }
            Map<String, TenantPreference> rows = ownByTenant.get(link.getKey());
            if (rows != null && !rows.isEmpty()) {
                own.put(link.getKey(), Map.copyOf(rows));
            }
        }
        this.effective = new HashMap<>(parentOf.size() * 2);
        for (UUID root : roots) {
            fill(root, null, effective, -1);
        }
        if (effective.size() != this.parentOf.size()) {
            // tenants not reached from any root sit on a cycle
            throw new IllegalArgumentException("the parent links form a cycle");
        }
    }

    public static PreferenceTree of(TenantHierarchy hierarchy, Map<UUID, Map<String, TenantPreference>> ownByTenant,
                                    Collection<SettingDefinition> definitions) {
        Map<UUID, UUID> links = new HashMap<>();
        for (TenantNode node : hierarchy.depthFirst()) {
            links.put(node.id(), node.parentId());
        }
        return new PreferenceTree(links, ownByTenant, definitions);
    }

    private PreferenceTree(PreferenceTree from, Map<UUID, UUID> parentOf, Map<UUID, List<UUID>> childrenOf,
                           Map<UUID, Map<String, TenantPreference>> own, Map<UUID, Effective[]> effective) {
        this.definitions = from.definitions;
        this.slots = from.slots;
        this.parentOf = parentOf;
        this.childrenOf = childrenOf;
        this.own = own;
        this.effective = effective;
    }

    public Set<UUID> tenants() {
        return Collections.unmodifiableSet(parentOf.keySet());
    }

    public List<SettingDefinition> definitions() {
        return definitions;
    }

    public Effective effective(UUID tenantId, String key) {
        Integer slot = slots.get(key);
        if (slot == null) {
            throw new IllegalArgumentException("no setting " + key + " in this tree");
        }
        return values(tenantId)[slot];
    }

    /** Every setting of the tenant by key, in the order of the definitions. */
    public Map<String, Effective> effectiveAll(UUID tenantId) {
        Effective[] values = values(tenantId);
        Map<String, Effective> all = new LinkedHashMap<>(values.length * 2);
        for (int i = 0; i < values.length; i++) {
            all.put(definitions.get(i).key(), values[i]);
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The tree after moving a tenant (with its subtree) under a new parent; only the subtree is
     * recomputed. Whether the move is allowed for the technician is TenantHierarchy#moveProblem's call;
     * this only refuses a cycle.
     */
    public PreferenceTree withMove(UUID tenantId, UUID newParentId) {
        values(tenantId);
        values(newParentId);
        for (UUID up = newParentId; up != null; up = parentOf.get(up)) {
            if (up.equals(tenantId)) {
                throw new IllegalArgumentException("a tenant cannot move under itself or its own descendant");
            }
        }
        UUID oldParentId = parentOf.get(tenantId);
        if (newParentId.equals(oldParentId)) {
            return this;
        }
        Map<UUID, UUID> links = new HashMap<>(parentOf);
        links.put(tenantId, newParentId);
        Map<UUID, List<UUID>> children = new HashMap<>(childrenOf);
        if (oldParentId != null) {
            List<UUID> siblings = new ArrayList<>(children.get(oldParentId));
            siblings.remove(tenantId);
            children.put(oldParentId, siblings);
        }
        List<UUID> newSiblings = new ArrayList<>(children.getOrDefault(newParentId, List.of()));
        newSiblings.add(tenantId);
        children.put(newParentId, newSiblings);
        PreferenceTree moved = new PreferenceTree(this, links, children, own, new HashMap<>(effective));
        moved.fill(tenantId, moved.effective.get(newParentId), moved.effective, -1);
        return moved;
    }

    /**
     * The tree after a tenant's own row changed (an INHERIT or deleted row clears it); only that
     * setting of the tenant's subtree is recomputed.
     */
    public PreferenceTree withPreference(TenantPreference row) {
        UUID tenantId = row.tenantId();
        values(tenantId);
        Map<UUID, Map<String, TenantPreference>> rows = new HashMap<>(own);
        Map<String, TenantPreference> tenantRows = new HashMap<>(rows.getOrDefault(tenantId, Map.of()));
        if (row.counts()) {
            tenantRows.put(row.key(), row);
        } else {
            tenantRows.remove(row.key());
        }
        if (tenantRows.isEmpty()) {
            rows.remove(tenantId);
        } else {
            rows.put(tenantId, Map.copyOf(tenantRows));
        }
        PreferenceTree edited = new PreferenceTree(this, parentOf, childrenOf, rows, new HashMap<>(effective));
        Integer slot = slots.get(row.key());
        if (slot != null) {
            UUID parent = parentOf.get(tenantId);
            edited.fill(tenantId, parent == null ? null : effective.get(parent), edited.effective, slot);
        }
        return edited;
    }

    private Effective[] values(UUID tenantId) {
        Effective[] values = effective.get(tenantId);
        if (values == null) {
            throw new IllegalArgumentException("unknown tenant " + tenantId);
        }
        return values;
    }

    /**
     * Recomputes the subtree of top into target, from the values of top's parent (null for a root).
     * With onlySlot ≥ 0 only that setting is recomputed and the others are copied.
     */
    private void fill(UUID top, Effective[] aboveTop, Map<UUID, Effective[]> target, int onlySlot) {
        // iterative: deep hierarchies must not overflow the stack
        Deque<UUID> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            UUID tenant = stack.pop();
            Effective[] above = tenant.equals(top) ? aboveTop : target.get(parentOf.get(tenant));
            target.put(tenant, step(tenant, above, onlySlot < 0 ? null : target.get(tenant), onlySlot));
            for (UUID child : childrenOf.getOrDefault(tenant, List.of())) {
                stack.push(child);
            }
        }
    }

    private Effective[] step(UUID tenant, Effective[] above, Effective[] before, int onlySlot) {
        Map<String, TenantPreference> rows = own.getOrDefault(tenant, Map.of());
        Effective[] values = before == null ? new Effective[definitions.size()] : before.clone();
        for (int i = 0; i < values.length; i++) {
            if (onlySlot >= 0 && i != onlySlot) {
                continue;
            }
            SettingDefinition definition = definitions.get(i);
            Effective parentValue = above == null ? Effective.ofDefault(definition.defaultValue()) : above[i];
            values[i] = parentValue.inheritedBy(tenant, rows.get(definition.key()));
        }
        return values;
    }
}
