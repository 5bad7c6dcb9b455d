package dev.canopy.domain.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Which deployment is effective for a computer and software (DESIGN.md §1).
 * <p>
 * Reach: CROSS_TENANT reaches every computer unless its tenant opts out; TENANT reaches the owner's
 * computers, and with includeChildTenants its subtree's; COMPUTER reaches the listed computers;
 * TAG reaches computers with the tag (ignoring case) within the owner's subtree. Only enabled,
 * non-deleted deployments reach anything. Software names match ignoring case.
 * <p>
 * Precedence: COMPUTER beats TENANT beats TAG beats CROSS_TENANT. Within TENANT, and likewise
 * within TAG, the owner nearest the computer on its path wins. Remaining ties go to the newer
 * updatedAt, then the smaller id (as text, the order a database sorts UUIDs in), and are reported
 * as ties. Exceptions need no special case: a more specific NOT_PRESENT or IGNORE simply wins.
 */
public final class DeploymentResolver {

    /** A reaching deployment with its rank for this computer. */
    private record Candidate(DeploymentIndex.Entry entry, int precedence, int depth) {
        Deployment deployment() {
            return entry.deployment();
        }
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt(Candidate::precedence).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::depth).reversed())
            .thenComparing((Candidate c) -> c.deployment().meta().updatedAt(), Comparator.reverseOrder())
            .thenComparing(c -> c.entry().idText());

    private DeploymentResolver() {
    }

    /** Convenience for one computer; for many, build a {@link DeploymentIndex} once and use the other overload. */
    public static Map<String, Resolution> resolve(ComputerContext computer, Collection<Deployment> deployments) {
        return resolve(computer, DeploymentIndex.of(deployments));
    }

    /**
     * The effective deployment of each software that reaches the computer. Keyed by the software as
     * the winner spells it; the map is sorted and looked up ignoring case ({@code get("7-zip")}
     * finds "7-Zip").
     */
    public static Map<String, Resolution> resolve(ComputerContext computer, DeploymentIndex index) {
        Map<String, List<Candidate>> bySoftware = new HashMap<>();
        for (Candidate c : candidates(computer, index)) {
            bySoftware.computeIfAbsent(c.entry().softwareKey(), k -> new ArrayList<>(2)).add(c);
        }
        TreeMap<String, Resolution> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (List<Candidate> group : bySoftware.values()) {
            Resolution r = decide(group);
            out.put(r.software(), r);
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** The resolution of one software (matched ignoring case), or empty when no deployment of it reaches the computer. */
    public static Optional<Resolution> resolve(ComputerContext computer, DeploymentIndex index, String software) {
        String key = NameKey.of(software);
        List<Candidate> group = new ArrayList<>();
        for (Candidate c : candidates(computer, index)) {
            if (c.entry().softwareKey().equals(key)) {
                group.add(c);
            }
        }
        return group.isEmpty() ? Optional.empty() : Optional.of(decide(group));
    }

    private static List<Candidate> candidates(ComputerContext computer, DeploymentIndex index) {
        List<Candidate> out = new ArrayList<>();
        if (!computer.excludedFromCrossTenant()) {
            for (DeploymentIndex.Entry e : index.crossTenant()) {
                out.add(new Candidate(e, DeploymentScope.CROSS_TENANT.precedence(), 0));
            }
        }
        List<UUID> path = computer.tenantPathFromRoot();
        int own = path.size() - 1;
        for (int depth = 0; depth <= own; depth++) {
            UUID tenant = path.get(depth);
            for (DeploymentIndex.Entry e : index.tenantScoped(tenant)) {
                if (depth == own || e.deployment().includeChildTenants()) {
                    out.add(new Candidate(e, DeploymentScope.TENANT.precedence(), depth));
                }
            }
            Map<String, List<DeploymentIndex.Entry>> byTag = index.tagScoped(tenant);
            if (!byTag.isEmpty()) {
                for (String tag : computer.tags()) {
                    for (DeploymentIndex.Entry e : byTag.getOrDefault(tag, List.of())) {
                        out.add(new Candidate(e, DeploymentScope.TAG.precedence(), depth));
                    }
                }
            }
        }
        for (DeploymentIndex.Entry e : index.computerScoped(computer.computerId())) {
            out.add(new Candidate(e, DeploymentScope.COMPUTER.precedence(), 0));
        }
        return out;
    }

    private static Resolution decide(List<Candidate> group) {
        if (group.size() == 1) {
            return new Resolution(group.get(0).deployment(), List.of());
        }
        group.sort(BEST_FIRST);
        Candidate winner = group.get(0);
        List<Beaten> beaten = new ArrayList<>(group.size() - 1);
        for (int i = 1; i < group.size(); i++) {
            Candidate loser = group.get(i);
            beaten.add(new Beaten(loser.deployment(), winner.deployment(), reason(winner, loser)));
        }
        return new Resolution(winner.deployment(), beaten);
    }

    private static Beaten.Reason reason(Candidate winner, Candidate loser) {
        if (winner.precedence() != loser.precedence()) {
            return Beaten.Reason.SCOPE;
        }
        if (winner.depth() != loser.depth()) {
            return Beaten.Reason.NEARER_TENANT;
        }
        if (!winner.deployment().meta().updatedAt().equals(loser.deployment().meta().updatedAt())) {
            return Beaten.Reason.NEWER;
        }
        return Beaten.Reason.ID;
    }

    /**
     * The rows of a tenant's Deployments tab: its own deployments (any scope), those inherited from
     * ancestors (Tenant scope with child tenants, and Tag scope, which reaches tagged computers in
     * the whole subtree), and the MSP's cross-tenant deployments unless the tenant opts out.
     * Disabled deployments are listed (the tab shows them as such); deleted ones are not.
     * Order: own, then inherited nearest ancestor first, then cross-tenant; by software within each.
     *
     * @param tenantPathFromRoot the MSP root first, {@code tenantId} last
     */
    public static List<ReachingDeployment> reaching(UUID tenantId, List<UUID> tenantPathFromRoot,
                                                    Collection<Deployment> deployments, boolean tenantOptsOut) {
        if (tenantPathFromRoot.isEmpty() || !tenantPathFromRoot.get(tenantPathFromRoot.size() - 1).equals(tenantId)) {
            throw new IllegalArgumentException("the tenant path must end at " + tenantId);
        }
        Map<UUID, Integer> ancestorDepth = new HashMap<>();
        for (int i = 0; i < tenantPathFromRoot.size() - 1; i++) {
            ancestorDepth.put(tenantPathFromRoot.get(i), i);
        }
        List<ReachingDeployment> out = new ArrayList<>();
        for (Deployment d : deployments) {
            if (d.deleted()) {
                continue;
            }
            UUID owner = d.ownerTenantId();
            ReachingDeployment row = null;
            if (owner.equals(tenantId)) {
                row = new ReachingDeployment(d, Origin.OWN, owner);
            } else if (d.scope() == DeploymentScope.CROSS_TENANT) {
                if (!tenantOptsOut) {
                    row = new ReachingDeployment(d, Origin.CROSS_TENANT, owner);
                }
            } else if (ancestorDepth.containsKey(owner)
                    && (d.scope() == DeploymentScope.TAG || d.scope() == DeploymentScope.TENANT && d.includeChildTenants())) {
                row = new ReachingDeployment(d, Origin.INHERITED, owner);
            }
            if (row != null) {
                out.add(row);
            }
        }
        out.sort(Comparator.comparing(ReachingDeployment::origin)
                .thenComparing(r -> r.origin() == Origin.INHERITED ? -ancestorDepth.get(r.sourceTenantId()) : 0)
                .thenComparing(r -> r.deployment().software(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> -r.deployment().scope().precedence())
                .thenComparing(r -> r.deployment().id().toString()));
        return out;
    }
}
