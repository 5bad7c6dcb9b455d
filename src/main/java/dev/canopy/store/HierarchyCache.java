package dev.canopy.store;

import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The tree's last snapshot, kept between writes: reading 10k tenants again after every edit cost
 * 50–300 ms on two cores, while an edit that saved a few tenants (a rename, a move, a delete) can
 * patch the snapshot it started from. Every committed write goes through {@link #saved} (it patches
 * or drops the snapshot) or {@link #invalidate}. A snapshot read while a write commits is not kept
 * unless no write has been counted since the read began; patches are idempotent (they set tenants
 * to their saved state), so a read that already saw the write is patched harmlessly.
 */
final class HierarchyCache {

    private record Cached(long generation, TenantHierarchy hierarchy) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    TenantHierarchy get(Supplier<TenantHierarchy> read) {
        long current = generation.get();
        Cached snapshot = cached;
        if (snapshot != null && snapshot.generation() == current) {
            return snapshot.hierarchy();
        }
        TenantHierarchy fresh = read.get();
        if (generation.get() == current) {
            cached = new Cached(current, fresh);
        }
        return fresh;
    }

    /**
     * After a committed write (under the store's write lock) that saved these tenants and changed no
     * computer's tenant: the snapshot gets their new state; a deleted one leaves it.
     */
    void saved(Collection<Tenant> tenants) {
        long current = generation.get();
        Cached snapshot = cached;
        if (snapshot != null && snapshot.generation() == current) {
            TenantHierarchy before = snapshot.hierarchy();
            List<TenantNode> changed = new ArrayList<>();
            List<UUID> removed = new ArrayList<>();
            for (Tenant t : tenants) {
                if (t.meta().deleted()) {
                    removed.add(t.id());
                } else {
                    int computers = before.node(t.id()).map(TenantNode::computers).orElse(0);
                    changed.add(new TenantNode(t.id(), t.parentId(), t.name(), t.kind(), t.timeZone(), computers));
                }
            }
            // a new snapshot even when no tenant changed: views reload what they show when it changes
            cached = new Cached(current + 1, before.with(changed, removed));
        } else {
            cached = null;
        }
        generation.incrementAndGet();
    }

    /** After a committed write whose effect on the tree is not known here (computers moved, bulk writes). */
    void invalidate() {
        cached = null;
        generation.incrementAndGet();
    }
}
