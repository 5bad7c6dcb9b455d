package dev.canopy.domain.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Active deployments indexed by scope and owner (or listed computer, or tag), built once and shared
 * while resolving many computers: each computer then looks only at the deployments that can reach
 * it, via its tenant path, its tags and its id. Immutable, so it can be shared between threads.
 */
public final class DeploymentIndex {

    /** A deployment with what resolution needs precomputed. */
    record Entry(Deployment deployment, String softwareKey, String idText) {
    }

    private final List<Entry> crossTenant = new ArrayList<>();
    private final Map<UUID, List<Entry>> tenantScoped = new HashMap<>();
    private final Map<UUID, Map<String, List<Entry>>> tagScoped = new HashMap<>();
    private final Map<UUID, List<Entry>> computerScoped = new HashMap<>();
    private int size;

    private DeploymentIndex() {
    }

    /** Disabled and deleted deployments are left out: they reach nothing. */
    public static DeploymentIndex of(Collection<Deployment> deployments) {
        DeploymentIndex index = new DeploymentIndex();
        for (Deployment d : deployments) {
            if (d.active()) {
                index.add(new Entry(d, NameKey.of(d.software()), d.id().toString()));
            }
        }
        return index;
    }

    private void add(Entry e) {
        Deployment d = e.deployment();
        switch (d.scope()) {
            case CROSS_TENANT -> crossTenant.add(e);
            case TENANT -> tenantScoped.computeIfAbsent(d.ownerTenantId(), k -> new ArrayList<>()).add(e);
            case TAG -> {
                String tag = NameKey.of(d.tag());
                if (tag.isEmpty()) {
                    return; // an untagged TAG deployment reaches nothing
                }
                tagScoped.computeIfAbsent(d.ownerTenantId(), k -> new HashMap<>())
                        .computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
            }
            case COMPUTER -> {
                for (UUID computer : new LinkedHashSet<>(d.computerIds())) {
                    computerScoped.computeIfAbsent(computer, k -> new ArrayList<>()).add(e);
                }
            }
        }
        size++;
    }

    /** Number of active deployments indexed. */
    public int size() {
        return size;
    }

    /**
     * True when a computer-scoped deployment lists the computer: then its effective deployments are its
     * own, and cannot be shared with other computers of its tenant and tags.
     */
    public boolean namesComputer(UUID computer) {
        return computerScoped.containsKey(computer);
    }

    List<Entry> crossTenant() {
        return crossTenant;
    }

    List<Entry> tenantScoped(UUID owner) {
        return tenantScoped.getOrDefault(owner, List.of());
    }

    Map<String, List<Entry>> tagScoped(UUID owner) {
        return tagScoped.getOrDefault(owner, Map.of());
    }

    List<Entry> computerScoped(UUID computer) {
        return computerScoped.getOrDefault(computer, List.of());
    }
}
