package dev.canopy.domain.deployment;

import java.util.UUID;
import java.util.function.Function;

/** Deployments and tenants in words for "why" texts. */
final class Describe {

    private Describe() {
    }

    static String tenant(UUID id, Function<UUID, String> tenantName) {
        String name = id == null ? null : tenantName.apply(id);
        return name == null || name.isBlank() ? "an unknown tenant (" + id + ")" : name;
    }

    /** "At least 24.08, Tenant scope of Acme and its child tenants". */
    static String deployment(Deployment d, Function<UUID, String> tenantName) {
        StringBuilder s = new StringBuilder(d.desiredState().label());
        if (d.desiredState().takesVersion()) {
            s.append(' ').append(d.version());
        }
        s.append(", ").append(d.scope().label()).append(" scope ");
        String owner = tenant(d.ownerTenantId(), tenantName);
        switch (d.scope()) {
            case CROSS_TENANT -> s.append("from ").append(owner);
            case TENANT -> s.append("of ").append(owner).append(d.includeChildTenants() ? " and its child tenants" : "");
            case TAG -> s.append("for computers tagged \"").append(d.tag()).append("\" in ").append(owner);
            case COMPUTER -> {
                int n = d.computerIds().size();
                s.append("for ").append(n).append(n == 1 ? " listed computer of " : " listed computers of ").append(owner);
            }
        }
        return s.toString();
    }
}
