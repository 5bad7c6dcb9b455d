package dev.canopy.domain.deployment;

import java.util.UUID;
import java.util.function.Function;

/** A deployment's fields in the short words the Deployments tab and the tenant documentation show. */
public final class DeploymentWording {

    private DeploymentWording() {
    }

    /** "Latest", "At least 24.08". */
    public static String desiredState(Deployment d) {
        return d.desiredState().takesVersion() ? d.desiredState().label() + " " + d.version() : d.desiredState().label();
    }

    /** "Tenant", "Tenant + children" (its child tenants too), "Tag: laptops", "2 computers", "Cross-tenant". */
    public static String scope(Deployment d) {
        return switch (d.scope()) {
            case CROSS_TENANT -> "Cross-tenant";
            case TENANT -> d.includeChildTenants() ? "Tenant + children" : "Tenant";
            case TAG -> "Tag: " + d.tag();
            case COMPUTER -> d.computerIds().size() == 1 ? "1 computer" : d.computerIds().size() + " computers";
        };
    }

    /** "Own", "Inherited from Acme", "Cross-tenant". */
    public static String from(ReachingDeployment row, Function<UUID, String> tenantName) {
        return switch (row.origin()) {
            case OWN -> "Own";
            case INHERITED -> "Inherited from " + tenantName.apply(row.sourceTenantId());
            case CROSS_TENANT -> "Cross-tenant";
        };
    }
}
