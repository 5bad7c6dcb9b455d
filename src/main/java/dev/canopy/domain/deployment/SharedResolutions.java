package dev.canopy.domain.deployment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Effective deployments of many computers (a report, the overview): computers of one tenant with the same tags resolve
 * alike unless a Computer-scope deployment names them, so each (tenant, tags) is resolved once. Not thread-safe.
 */
public final class SharedResolutions {

    private record Alike(UUID tenantId, List<String> tags) {
    }

    private final DeploymentIndex index;
    private final Map<Alike, Map<String, Resolution>> resolved = new HashMap<>();
    /** Each tag list's folded, sorted key, by the list itself: a fleet read shares one list between computers tagged alike. */
    private final Map<Collection<String>, List<String>> tagKeys = new java.util.IdentityHashMap<>();

    public SharedResolutions(DeploymentIndex index) {
        this.index = index;
    }

    /**
     * @param tenantPathFromRoot the computer's tenant path, root first, its own tenant last
     * @param optsOut            whether its tenant's effective deployment.excludeFromCrossTenant is true
     */
    public Map<String, Resolution> of(UUID computerId, List<UUID> tenantPathFromRoot, Collection<String> tags, boolean optsOut) {
        if (index.namesComputer(computerId)) {
            return DeploymentResolver.resolve(ComputerContext.of(computerId, tenantPathFromRoot, tags, t -> optsOut), index);
        }
        List<String> key = tagKeys.computeIfAbsent(tags, t -> t.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).sorted().distinct().toList());
        return resolved.computeIfAbsent(new Alike(tenantPathFromRoot.get(tenantPathFromRoot.size() - 1), key),
                alike -> DeploymentResolver.resolve(ComputerContext.of(computerId, tenantPathFromRoot, tags, t -> optsOut), index));
    }
}
