package dev.canopy.domain.command;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates a tenant under a parent, or the MSP root when parentId is null (only in an empty store). */
public record CreateTenant(UUID id, UUID parentId, String name) implements Command {

    @Override
    public String mutationName() {
        return "tenant.create";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("id", id.toString());
        args.put("parentId", parentId == null ? null : parentId.toString());
        args.put("name", name);
        return args;
    }

    @Override
    public UUID targetId() {
        return id;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        String checkedName = TenantRules.checkName(name);
        TenantKind kind;
        if (parentId == null) {
            if (!ws.children(null).isEmpty()) {
                throw new dev.canopy.domain.RuleViolation("parent", "There is already an MSP tenant; new tenants go under it.");
            }
            kind = TenantKind.MSP;
        } else {
            Tenant parent = TenantLookup.existing(ws, parentId, "parent");
            TenantRules.checkUniqueAmongSiblings(checkedName, id, ws.children(parentId), parent.name());
            kind = TenantKind.forChildOf(parent.kind());
        }
        Tenant tenant = new Tenant(id, checkedName, ws.uniqueSlug(TenantRules.slugBase(checkedName), id), kind, parentId,
                "", "", List.of(), true, List.of(), RecordMeta.created(ws.now(), ws.actor()));
        ws.saveTenant(null, tenant);
        return new Applied("creation of " + checkedName, new DeleteTenant(id));
    }
}
