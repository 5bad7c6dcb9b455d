package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;

import java.util.Map;
import java.util.UUID;

/** Deletes (tombstones) an empty tenant; refused for the MSP root and for a tenant that still owns anything. */
public record DeleteTenant(UUID id) implements Command {

    @Override
    public String mutationName() {
        return "tenant.delete";
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
        Tenant tenant = TenantLookup.existing(ws, id, null);
        if (tenant.isRoot()) {
            throw new RuleViolation("The MSP tenant cannot be deleted.");
        }
        Workspace.Ownership owns = ws.ownership(id);
        if (!owns.isEmpty()) {
            throw new RuleViolation("\"" + tenant.name() + "\" still owns " + describe(owns)
                    + ". Move or merge them into another tenant (or delete its schedules and deployments) first.");
        }
        ws.saveTenant(tenant, tenant.withMeta(tenant.meta().withDeleted(true, ws.now(), ws.actor())));
        return new Applied("deletion of " + tenant.name(), new RestoreTenant(id));
    }

    static String describe(Workspace.Ownership owns) {
        StringBuilder text = new StringBuilder();
        append(text, owns.childTenants(), "child tenant");
        append(text, owns.computers(), "computer");
        append(text, owns.people(), "person");
        append(text, owns.schedules(), "schedule");
        append(text, owns.deployments(), "deployment");
        return text.toString().replace(" persons", " people");
    }

    private static void append(StringBuilder text, long count, String noun) {
        if (count == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
    }
}
