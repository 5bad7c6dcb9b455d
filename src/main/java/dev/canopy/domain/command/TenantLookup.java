package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;

import java.util.UUID;

/** Finding the tenants a command names, with a readable refusal when one is gone. */
final class TenantLookup {

    private TenantLookup() {
    }

    static Tenant existing(Workspace ws, UUID id, String field) {
        Tenant tenant = ws.tenant(id).orElseThrow(() -> new RuleViolation(field, "The tenant no longer exists."));
        if (tenant.deleted()) {
            throw new RuleViolation(field, "\"" + tenant.name() + "\" has been deleted.");
        }
        return tenant;
    }

    /** True when candidate is the tenant itself or one of its descendants (walks up from candidate). */
    static boolean isSelfOrDescendant(Workspace ws, UUID tenantId, UUID candidate) {
        UUID current = candidate;
        int guard = 0;
        while (current != null && guard++ < 10_000) {
            if (current.equals(tenantId)) {
                return true;
            }
            current = ws.tenant(current).map(Tenant::parentId).orElse(null);
        }
        return false;
    }
}
