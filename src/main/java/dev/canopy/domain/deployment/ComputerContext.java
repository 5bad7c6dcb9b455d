package dev.canopy.domain.deployment;

import dev.canopy.domain.computer.Computer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What deployment resolution needs to know about one computer: its id, the tenant path from the
 * MSP root down to its own tenant, its tags (held case-folded: matching ignores case), and whether
 * its tenant opts out of cross-tenant deployments (the effective value of
 * {@code deployment.excludeFromCrossTenant}, which the caller computes from preferences).
 */
public record ComputerContext(UUID computerId,
                              List<UUID> tenantPathFromRoot,
                              Set<String> tags,
                              boolean excludedFromCrossTenant) {

    public ComputerContext {
        Objects.requireNonNull(computerId, "computerId");
        tenantPathFromRoot = List.copyOf(tenantPathFromRoot);
        if (tenantPathFromRoot.isEmpty()) {
            throw new IllegalArgumentException("tenantPathFromRoot needs at least the computer's own tenant");
        }
        Set<String> folded = new HashSet<>();
        for (String tag : tags) {
            String key = NameKey.of(tag);
            if (!key.isEmpty()) {
                folded.add(key);
            }
        }
        tags = Set.copyOf(folded);
    }

    /**
     * @param optsOutOfCrossTenant true for a tenant whose effective deployment.excludeFromCrossTenant is
     *                             true (a Set&lt;UUID&gt;::contains will do); asked about the computer's tenant only
     */
    public static ComputerContext of(UUID computerId, List<UUID> tenantPathFromRoot, Collection<String> tags,
                                     Predicate<UUID> optsOutOfCrossTenant) {
        UUID own = tenantPathFromRoot.get(tenantPathFromRoot.size() - 1);
        return new ComputerContext(computerId, tenantPathFromRoot, Set.copyOf(tags), optsOutOfCrossTenant.test(own));
    }

    public static ComputerContext of(Computer computer, List<UUID> tenantPathFromRoot, Predicate<UUID> optsOutOfCrossTenant) {
        UUID own = tenantPathFromRoot.isEmpty() ? null : tenantPathFromRoot.get(tenantPathFromRoot.size() - 1);
        if (!computer.tenantId().equals(own)) {
            throw new IllegalArgumentException("the tenant path must end at the computer's tenant " + computer.tenantId());
        }
        return of(computer.id(), tenantPathFromRoot, computer.tags(), optsOutOfCrossTenant);
    }

    /** The computer's own tenant (last on the path). */
    public UUID tenantId() {
        return tenantPathFromRoot.get(tenantPathFromRoot.size() - 1);
    }

    public boolean hasTag(String tag) {
        return tags.contains(NameKey.of(tag));
    }
}
