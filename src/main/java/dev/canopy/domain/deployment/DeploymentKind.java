package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.tenant.Tenant;

import java.util.UUID;

/** Deployments as records the generic save/delete commands handle. */
public final class DeploymentKind implements RecordKind<Deployment> {

    public static final DeploymentKind INSTANCE = new DeploymentKind();

    private DeploymentKind() {
    }

    @Override
    public String name() {
        return "deployment";
    }

    @Override
    public String describe(Deployment d) {
        return "deployment of " + d.software();
    }

    @Override
    public UUID id(Deployment d) {
        return d.id();
    }

    @Override
    public UUID tenantId(Deployment d) {
        return d.ownerTenantId();
    }

    @Override
    public RecordMeta meta(Deployment d) {
        return d.meta();
    }

    @Override
    public Deployment withMeta(Deployment d, RecordMeta meta) {
        return d.withMeta(meta);
    }

    @Override
    public Deployment check(Workspace ws, Deployment d) {
        UUID root = ws.children(null).stream().findFirst().map(Tenant::id).orElse(null);
        Deployment checked = DeploymentRules.check(d, root);
        String owner = ws.tenant(d.ownerTenantId()).map(Tenant::name).orElse("This tenant");
        DeploymentRules.checkNotDuplicate(checked, ws.ofTenant(this, d.ownerTenantId()), owner);
        return checked;
    }

    @Override
    public String toString() {
        return name();
    }
}
