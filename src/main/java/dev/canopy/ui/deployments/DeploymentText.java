package dev.canopy.ui.deployments;

import dev.canopy.ui.common.Plural;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.ReachingDeployment;

import java.util.UUID;
import java.util.function.Function;

/** How the Deployments tab words a deployment's fields in its table cells. */
final class DeploymentText {

    private DeploymentText() {
    }

    /** "Latest", "At least 24.08". */
    static String desiredState(Deployment d) {
        return d.desiredState().takesVersion() ? d.desiredState().label() + " " + d.version() : d.desiredState().label();
    }

    /** "Tenant", "Tenant + children" (its child tenants too), "Tag: laptops", "2 computers", "Cross-tenant". */
    static String scope(Deployment d) {
        return switch (d.scope()) {
            case CROSS_TENANT -> "Cross-tenant";
            case TENANT -> d.includeChildTenants() ? "Tenant + children" : "Tenant";
            case TAG -> "Tag: " + d.tag();
            case COMPUTER -> Plural.count(d.computerIds().size(), "computer");
        };
    }

    /** "Own", "Inherited from Acme", "Cross-tenant". */
    static String from(ReachingDeployment row, Function<UUID, String> tenantName) {
        return switch (row.origin()) {
            case OWN -> "Own";
            case INHERITED -> "Inherited from " + tenantName.apply(row.sourceTenantId());
            case CROSS_TENANT -> "Cross-tenant";
        };
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
