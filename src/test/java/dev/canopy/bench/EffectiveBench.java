package dev.canopy.bench;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.ComputerCompliance;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inheritance engines over a whole sample: effective settings of every tenant, and effective
 * deployments plus compliance of every computer (data loaded first; only the computing is timed).
 */
final class EffectiveBench {

    record Result(Measurement settingsMs, Measurement complianceMs, int tenants, int computers, long nonCompliant) {
    }

    private EffectiveBench() {
    }

    static Result run(LocalStore store, int repetitions) {
        TenantHierarchy hierarchy = store.loadHierarchy();
        List<UUID> all = hierarchy.depthFirst().stream().map(TenantNode::id).toList();
        var own = TenantPreference.index(store.preferences());
        var definitions = PreferenceCatalogue.standard().all();
        List<Deployment> deployments = store.records(DeploymentKind.INSTANCE, all);
        List<Computer> computers = store.computers(all, true);
        LatestKnownVersions latest = new LatestKnownVersions();
        computers.forEach(c -> latest.addAll(c.software()));
        Map<UUID, List<UUID>> paths = new HashMap<>();
        for (UUID id : all) {
            paths.put(id, hierarchy.path(id).stream().map(TenantNode::id).toList());
        }

        List<Double> settings = new ArrayList<>();
        List<Double> compliance = new ArrayList<>();
        long nonCompliant = 0;
        for (int rep = 0; rep < repetitions + 1; rep++) {  // the first round warms the JIT
            long start = System.nanoTime();
            PreferenceTree tree = PreferenceTree.of(hierarchy, own, definitions);
            for (UUID id : all) {
                tree.effectiveAll(id);
            }
            long mid = System.nanoTime();
            DeploymentIndex index = DeploymentIndex.of(deployments);
            String optOut = "deployment.excludeFromCrossTenant";
            nonCompliant = 0;
            for (Computer computer : computers) {
                ComputerContext context = ComputerContext.of(computer, paths.get(computer.tenantId()),
                        tenant -> Boolean.parseBoolean(tree.effective(tenant, optOut).value()));
                ComputerCompliance result = Compliance.evaluate(computer.software(), DeploymentResolver.resolve(context, index), latest);
                if (!result.compliant()) {
                    nonCompliant++;
                }
            }
            long end = System.nanoTime();
            if (rep > 0) {
                settings.add((mid - start) / 1e6);
                compliance.add((end - mid) / 1e6);
            }
        }
        return new Result(new Measurement(settings), new Measurement(compliance), all.size(), computers.size(), nonCompliant);
    }
}
