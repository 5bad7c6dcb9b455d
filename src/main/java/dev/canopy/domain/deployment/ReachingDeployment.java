package dev.canopy.domain.deployment;

import java.util.UUID;

/** A row of a tenant's Deployments tab: the deployment, how it gets there, and the tenant it comes from. */
public record ReachingDeployment(Deployment deployment, Origin origin, UUID sourceTenantId) {
}
