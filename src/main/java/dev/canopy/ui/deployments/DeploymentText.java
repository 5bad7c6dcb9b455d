package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.ReachingDeployment;

import java.util.UUID;
import java.util.function.Function;

/** The Deployments tab's hint for a row it cannot edit (the cells' words are {@link dev.canopy.domain.deployment.DeploymentWording}). */
final class DeploymentText {

    private DeploymentText() {
    }

    /** The hint under the table for a row this tenant cannot edit, saying where to edit it instead. */
    static String readOnlyHint(ReachingDeployment row, Function<UUID, String> tenantName) {
        String owner = tenantName.apply(row.sourceTenantId());
        String how = switch (row.origin()) {
            case CROSS_TENANT -> "a cross-tenant deployment of " + owner;
            case INHERITED -> "inherited from " + owner;
            case OWN -> "";
        };
        return row.deployment().software() + " is " + how + ": edit it there, or make an exception here.";
    }
}
