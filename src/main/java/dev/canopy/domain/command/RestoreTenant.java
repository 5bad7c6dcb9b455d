package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantRules;

import java.util.Map;
import java.util.UUID;

/** Brings a deleted tenant back under its parent, if the parent still exists and the name is still free. */
public record RestoreTenant(UUID id) implements Command {

    @Override
    public String mutationName() {
        return "tenant.restore";
    }

    @Override
    public Map<String, Object> args() {
        return Map.of("id", id.toString());
    }

    @Override
    public UUID targetId() {
        return id;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        Tenant tenant = ws.tenant(id).orElseThrow(() -> new RuleViolation("The tenant no longer exists."));
        if (!tenant.deleted()) {
            throw new RuleViolation("\"" + tenant.name() + "\" is not deleted.");
        }
        Tenant parent = TenantLookup.existing(ws, tenant.parentId(), "parent");
        TenantRules.checkUniqueAmongSiblings(tenant.name(), id, ws.children(parent.id()), parent.name());
        // its mappings come back with it: one another tenant took meanwhile would then belong to two
        UpdateTenant.refuseTaken(ws, id, tenant.externalRefs());
        ws.saveTenant(tenant, tenant.withMeta(tenant.meta().withDeleted(false, ws.now(), ws.actor())));
        return new Applied("restore of " + tenant.name(), new DeleteTenant(id));
    }
}
