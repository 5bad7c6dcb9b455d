package dev.canopy.domain.deployment;

import java.util.UUID;
import java.util.function.Function;

/** A deployment that reached the computer but lost to {@code by}, and the rule that decided it. */
public record Beaten(Deployment deployment, Deployment by, Reason reason) {

    public enum Reason {
        /** The winner's scope has higher precedence. */
        SCOPE,
        /** Same scope; the winner's owner tenant is nearer the computer on its path. */
        NEARER_TENANT,
        /** A tie at equal rank, broken by the more recent edit. */
        NEWER,
        /** A tie at equal rank and equal updatedAt, broken by the smaller id. */
        ID;

        public boolean isTie() {
            return this == NEWER || this == ID;
        }
    }

    /** The reason in words, e.g. "Computer scope beats Tenant scope" or "Acme Berlin is nearer than Acme". */
    public String explain(Function<UUID, String> tenantName) {
        return switch (reason) {
            case SCOPE -> by.scope().label() + " scope beats " + deployment.scope().label() + " scope";
            case NEARER_TENANT -> Describe.tenant(by.ownerTenantId(), tenantName) + " is nearer than "
                    + Describe.tenant(deployment.ownerTenantId(), tenantName);
            case NEWER -> tieAt(tenantName) + ": the more recently updated one wins (" + by.meta().updatedAt() + " by "
                    + by.meta().updatedBy() + ", against " + deployment.meta().updatedAt() + " by " + deployment.meta().updatedBy() + ")";
            case ID -> tieAt(tenantName) + ", both updated at " + by.meta().updatedAt() + ": broken by id ("
                    + by.id() + " before " + deployment.id() + ")";
        };
    }

    private String tieAt(Function<UUID, String> tenantName) {
        boolean ownerMatters = by.scope() == DeploymentScope.TENANT || by.scope() == DeploymentScope.TAG;
        return "Tie at " + by.scope().label() + " scope" + (ownerMatters ? " in " + Describe.tenant(by.ownerTenantId(), tenantName) : "");
    }
}
