package dev.canopy.domain.deployment;

import java.util.Objects;
import java.util.UUID;

/** Where an exception to a broader deployment is made: a tenant (optionally with its subtree) or one computer. */
public sealed interface ExceptionTarget {

    /** A tenant and, by default, its child tenants: "not for this client". */
    static ExceptionTarget tenant(UUID tenantId) {
        return new ForTenant(tenantId, true);
    }

    static ExceptionTarget computer(UUID computerId, UUID computerTenantId) {
        return new ForComputer(computerId, computerTenantId);
    }

    record ForTenant(UUID tenantId, boolean includeChildTenants) implements ExceptionTarget {
        public ForTenant {
            Objects.requireNonNull(tenantId, "tenantId");
        }
    }

    /** The computer's tenant owns the exception, so it moves and merges with that tenant. */
    record ForComputer(UUID computerId, UUID computerTenantId) implements ExceptionTarget {
        public ForComputer {
            Objects.requireNonNull(computerId, "computerId");
            Objects.requireNonNull(computerTenantId, "computerTenantId");
        }
    }
}
