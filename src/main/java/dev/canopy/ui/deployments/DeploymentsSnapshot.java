package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.ReachingDeployment;

import java.util.List;
import java.util.UUID;

/**
 * One background load of the Deployments tab: the selected tenant's path from the MSP root, every
 * deployment owned on that path (all the table and the "why" panel need), the rows that reach the
 * tenant, its effective cross-tenant opt-out, and the real computers the "why" panel may explain.
 */
public record DeploymentsSnapshot(UUID tenantId,
                           List<UUID> pathFromRoot,
                           List<Deployment> ownedOnPath,
                           List<ReachingDeployment> rows,
                           boolean optsOutOfCrossTenant,
                           List<WhyComputer> computers) {

    public DeploymentsSnapshot {
        pathFromRoot = List.copyOf(pathFromRoot);
        ownedOnPath = List.copyOf(ownedOnPath);
        rows = List.copyOf(rows);
        computers = List.copyOf(computers);
    }
}
